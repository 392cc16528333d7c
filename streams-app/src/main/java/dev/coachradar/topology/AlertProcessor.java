package dev.coachradar.topology;

import dev.coachradar.alert.AlertMatcher;
import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.StatusChange;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Matches each status change against every subscription in the global subscriptions store and
 * forwards one alert per match, keyed by subscription id. Subscriptions are few, so a scan per
 * change is cheaper than re-keying the change stream.
 */
final class AlertProcessor implements Processor<String, StatusChange, String, Alert> {

  private ProcessorContext<String, Alert> context;
  private TimestampedKeyValueStore<String, AlertSubscription> subscriptions;

  @Override
  public void init(final ProcessorContext<String, Alert> context) {
    this.context = context;
    this.subscriptions = context.getStateStore(CoachRadarTopology.SUBSCRIPTIONS_STORE);
  }

  @Override
  public void process(final Record<String, StatusChange> record) {
    final StatusChange change = record.value();
    if (change == null) {
      return;
    }
    try (KeyValueIterator<String, ValueAndTimestamp<AlertSubscription>> it = subscriptions.all()) {
      while (it.hasNext()) {
        final AlertSubscription subscription = it.next().value.value();
        if (AlertMatcher.matches(subscription, change)) {
          context.forward(
              record
                  .withKey(subscription.getId())
                  .withValue(AlertMatcher.alert(subscription, change)));
        }
      }
    }
  }
}
