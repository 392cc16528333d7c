// coach-radar web page: renders the JSON query API; no framework, no build step, no network
// beyond this server. Routes: #/ (coach table), #/coaches/ID (coach + timeline), #/teams,
// #/teams/ID (bench).
"use strict";

const view = document.getElementById("view");

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.status + " " + r.statusText);
  return body;
}

const teamName = (id) => (id ? id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") : "—");
const day = (t) => (t ? t.slice(0, 10) : "undated");
const pct = (c) => Math.round(c * 100) + "%";
const teamLink = (id) => (id ? el("a", { href: "#/teams/" + encodeURIComponent(id) }, teamName(id)) : "—");
const coachLink = (id, name) => el("a", { href: "#/coaches/" + encodeURIComponent(id), class: "coach-link" }, name || id);

function articleList(refs, cls) {
  return el("ul", { class: cls || "evidence" },
    refs.map((a) => el("li", { "data-article": a.article_id },
      el("strong", {}, a.title || a.article_id), " ", el("span", { class: "muted" }, "(" + a.article_id + (a.published_at ? ", " + day(a.published_at) : "") + ")"),
      (a.sentences || []).map((s) => el("span", { class: "sentence" }, "“" + s + "”")))));
}

async function coachTable() {
  const data = await api("coaches");
  const rows = data.coaches.map((c) =>
    el("tr", { "data-coach": c.coach },
      el("td", {}, coachLink(c.coach, c.coach_name)),
      el("td", {}, el("span", { class: "badge " + c.employment }, c.employment), c.at_risk ? el("span", { class: "badge risk" }, "at risk") : null),
      el("td", {}, teamLink(c.current_team)),
      el("td", {}, teamLink(c.likely_destination)),
      el("td", { class: "num" }, c.likely_destination ? pct(c.confidence) : "—"),
      el("td", { class: "num" }, c.articles_seen),
      el("td", {}, day(c.updated_at))));
  view.replaceChildren(
    el("h1", {}, "Coaches"),
    el("p", { class: "muted" }, data.count + " coaches, from " + data.instances.length + " instance(s)"),
    el("table", { id: "coach-table" },
      el("thead", {}, el("tr", {}, ["Coach", "Status", "Current team", "Likely next", "Confidence", "Articles", "Updated"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)));
}

function chart(points) {
  const W = 760, H = 220, L = 44, R = 16, T = 16, B = 34;
  const times = points.map((p) => (p.event_time ? Date.parse(p.event_time) : NaN));
  const known = times.filter((t) => !Number.isNaN(t));
  const t0 = known.length ? Math.min(...known) : 0, t1 = known.length ? Math.max(...known) : 1;
  const x = (t) => L + (Number.isNaN(t) || t1 === t0 ? 0 : ((t - t0) / (t1 - t0)) * (W - L - R));
  const y = (c) => T + (1 - c) * (H - T - B);
  const s = svg("svg", { id: "confidence-chart", class: "chart", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Confidence of the likely destination over time" });
  for (const g of [0, 0.25, 0.5, 0.75, 1]) {
    s.append(svg("line", { class: "grid", x1: L, x2: W - R, y1: y(g), y2: y(g) }));
    s.append(svg("text", { x: L - 6, y: y(g) + 4, "text-anchor": "end" }, pct(g)));
  }
  s.append(svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
  s.append(svg("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
  s.append(svg("polyline", { class: "line", points: points.map((p, i) => `${x(times[i])},${y(p.confidence)}`).join(" ") }));
  let last;
  points.forEach((p, i) => {
    const c = svg("circle", { cx: x(times[i]), cy: y(p.confidence), r: 4, fill: p.likely_destination ? "#0b6bcb" : "#9aa5b1", "data-destination": p.likely_destination || "" });
    c.append(svg("title", {}, `${day(p.event_time)}: ${teamName(p.likely_destination)} ${pct(p.confidence)} (${p.title || p.article_id})`));
    s.append(c);
    if (p.likely_destination && p.likely_destination !== last) {
      s.append(svg("text", { class: "destination-label", x: x(times[i]) + 5, y: y(p.confidence) - 7 }, teamName(p.likely_destination)));
    }
    last = p.likely_destination;
  });
  if (known.length) {
    s.append(svg("text", { x: L, y: H - 12 }, day(new Date(t0).toISOString())));
    s.append(svg("text", { x: W - R, y: H - 12, "text-anchor": "end" }, day(new Date(t1).toISOString())));
  }
  return s;
}

async function coachPage(id) {
  const [c, h] = await Promise.all([api("coaches/" + encodeURIComponent(id)), api("coaches/" + encodeURIComponent(id) + "/history")]);
  const fact = (label, value) => el("div", { class: "fact" }, el("div", { class: "label" }, label), el("div", { class: "value" }, value));
  view.replaceChildren(
    el("h1", { id: "coach-name" }, c.coach_name || c.coach),
    el("p", { class: "muted" }, c.coach + " · " + c.articles_seen + " articles · updated " + day(c.updated_at)),
    el("div", { class: "facts", id: "coach-status" },
      fact("Employment", c.employment + (c.at_risk ? " (at risk)" : "") + (c.leaving ? " (leaving)" : "")),
      fact("Current team", teamLink(c.current_team)),
      el("div", { class: "fact", id: "likely-destination" }, el("div", { class: "label" }, "Likely destination"), el("div", { class: "value" }, teamLink(c.likely_destination))),
      fact("Confidence", c.likely_destination ? pct(c.confidence) : "—")),
    el("h2", {}, "Confidence of the likely destination over time"),
    chart(h.points),
    el("h2", {}, "Timeline of changes"),
    el("ol", { id: "timeline", class: "timeline" },
      h.changes.map((ch) => el("li", { "data-kinds": ch.kinds.join(",") },
        el("span", { class: "when" }, day(ch.event_time)), ch.summary, " ",
        el("span", { class: "muted" }, "[" + ch.caused_by.map((a) => a.title || a.article_id).join("; ") + "]")))),
    el("h2", {}, "Evidence"),
    c.evidence.length ? el("ul", { class: "evidence", id: "evidence" }, c.evidence.map((e) => el("li", {}, el("strong", {}, e.title || e.article_id), el("span", { class: "sentence" }, "“" + e.sentence + "”")))) : el("p", { class: "muted" }, "No evidence sentences."),
    c.destination_articles.length ? [el("h2", {}, "Articles behind the likely destination"), articleList(c.destination_articles)] : [],
    el("h2", {}, "Candidates"),
    el("table", { id: "candidates" },
      el("thead", {}, el("tr", {}, ["Team", "Probability", "Last report", "Articles"].map((t) => el("th", {}, t)))),
      el("tbody", {}, c.candidates.map((k) => el("tr", {}, el("td", {}, teamLink(k.team)), el("td", { class: "num" }, pct(k.probability)), el("td", {}, k.last_relation), el("td", {}, articleList(k.articles)))))));
}

async function teamsPage() {
  const data = await api("teams");
  view.replaceChildren(
    el("h1", {}, "Team benches"),
    el("table", { id: "team-table" },
      el("thead", {}, el("tr", {}, ["Team", "Coach", "Top candidate", "Candidates"].map((t) => el("th", {}, t)))),
      el("tbody", {}, data.teams.map((t) => el("tr", { "data-team": t.team },
        el("td", {}, teamLink(t.team)),
        el("td", {}, t.current_coach ? coachLink(t.current_coach) : "—"),
        el("td", {}, t.top_candidate ? [coachLink(t.top_candidate.coach), " " + pct(t.top_candidate.probability)] : "—"),
        el("td", { class: "num" }, t.candidates))))));
}

async function teamPage(id) {
  const t = await api("teams/" + encodeURIComponent(id));
  view.replaceChildren(
    el("h1", { id: "team-name" }, teamName(t.team)),
    el("p", {}, "Coach now: ", t.current_coach ? coachLink(t.current_coach) : "none known"),
    el("h2", {}, "In line for the bench"),
    el("table", { id: "team-bench" },
      el("thead", {}, el("tr", {}, ["#", "Coach", "Probability"].map((h) => el("th", {}, h)))),
      el("tbody", {}, t.candidates.map((c) => el("tr", { "data-coach": c.coach }, el("td", {}, c.rank), el("td", {}, coachLink(c.coach)), el("td", { class: "num" }, pct(c.probability)))))));
}

async function health() {
  const h = document.getElementById("health");
  try {
    const r = await fetch("health");
    const b = await r.json();
    h.textContent = b.streams_state + " · " + b.instance;
    h.className = "health " + (r.ok ? "up" : "down");
  } catch (e) {
    h.textContent = "unreachable";
    h.className = "health down";
  }
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  try {
    if (parts[0] === "coaches" && parts[1]) await coachPage(parts[1]);
    else if (parts[0] === "teams" && parts[1]) await teamPage(parts[1]);
    else if (parts[0] === "teams") await teamsPage();
    else await coachTable();
  } catch (e) {
    view.replaceChildren(el("p", { class: "error", id: "error" }, "Could not load: " + e.message));
  }
}

window.addEventListener("hashchange", route);
route();
health();
