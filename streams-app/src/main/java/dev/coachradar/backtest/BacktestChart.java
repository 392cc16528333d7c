package dev.coachradar.backtest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the backtest as a PNG: the calibration table (observed share per confidence band against
 * the diagonal of perfect calibration) and, per appointment, the confidence in the right team over
 * the days before it.
 */
public final class BacktestChart {
  private static final int WIDTH = 1330;
  private static final int HEIGHT = 520;
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  private BacktestChart() {}

  /** Writes the chart; {@code series} holds, per outcome, points (days before, confidence). */
  public static void write(
      final Path file,
      final List<Backtest.Band> bands,
      final List<Outcome> outcomes,
      final List<List<double[]>> series,
      final int daysWindow)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    final BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    final Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    calibration(g, bands, 60, 60, 380, 380);
    timelines(g, outcomes, series, daysWindow, 540, 60, 460, 380);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private static void calibration(
      final Graphics2D g,
      final List<Backtest.Band> bands,
      final int x0,
      final int y0,
      final int w,
      final int h) {
    title(g, "Calibration: share of predictions that came true", x0, y0 - 25);
    axes(g, x0, y0, w, h, "confidence", "came true");
    g.setColor(Color.LIGHT_GRAY);
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f}, 0f));
    g.drawLine(x0, y0 + h, x0 + w, y0);
    g.setStroke(new BasicStroke(1f));
    for (final Backtest.Band b : bands) {
      final int bx = x0 + (int) (b.low() * w) + 6;
      final int bw = (int) ((b.high() - b.low()) * w) - 12;
      if (b.predictions() > 0) {
        final int bh = (int) (b.share() * h);
        g.setColor(PALETTE[0]);
        g.fillRect(bx, y0 + h - bh, bw, bh);
      }
      g.setColor(Color.DARK_GRAY);
      g.drawString(
          b.predictions() == 0
              ? "n=0"
              : String.format(Locale.ROOT, "%d/%d", b.cameTrue(), b.predictions()),
          bx + 4,
          y0 + h - 6 - (b.predictions() == 0 ? 0 : (int) (b.share() * h)));
    }
  }

  private static void timelines(
      final Graphics2D g,
      final List<Outcome> outcomes,
      final List<List<double[]>> series,
      final int daysWindow,
      final int x0,
      final int y0,
      final int w,
      final int h) {
    title(g, "Confidence in the right team before each appointment", x0, y0 - 25);
    axes(g, x0, y0, w, h, "days before appointment (" + daysWindow + " → 0)", "confidence");
    g.setStroke(new BasicStroke(2f));
    for (int i = 0; i < outcomes.size(); i++) {
      final Color c = PALETTE[i % PALETTE.length];
      g.setColor(c);
      int px = -1;
      int py = -1;
      for (final double[] p : series.get(i)) {
        final int x = x0 + (int) ((daysWindow - p[0]) / daysWindow * w);
        final int y = y0 + h - (int) (p[1] * h);
        if (px >= 0) {
          g.drawLine(px, py, x, py);
          g.drawLine(x, py, x, y);
        }
        px = x;
        py = y;
      }
      if (px >= 0) {
        g.drawLine(px, py, x0 + w, py);
      }
      g.fillRect(x0 + w + 12, y0 + 14 * i, 10, 10);
      g.setColor(Color.DARK_GRAY);
      g.drawString(
          outcomes.get(i).coach() + " → " + outcomes.get(i).team(), x0 + w + 26, y0 + 10 + 14 * i);
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static void axes(
      final Graphics2D g,
      final int x0,
      final int y0,
      final int w,
      final int h,
      final String xLabel,
      final String yLabel) {
    g.setColor(Color.BLACK);
    g.drawLine(x0, y0 + h, x0 + w, y0 + h);
    g.drawLine(x0, y0, x0, y0 + h);
    for (int i = 0; i <= 4; i++) {
      final int y = y0 + h - i * h / 4;
      g.drawString(String.format(Locale.ROOT, "%.2f", i / 4.0), x0 - 34, y + 4);
    }
    g.drawString(xLabel, x0 + w / 2 - 60, y0 + h + 30);
    g.drawString(yLabel, x0 - 50, y0 - 6);
  }

  private static void title(final Graphics2D g, final String text, final int x, final int y) {
    g.setColor(Color.BLACK);
    g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
    g.drawString(text, x, y);
    g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
  }
}
