package org.staffcast.api.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.staffing.Channel;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceTarget;

class QueueConfigJsonTest {

    static List<QueueConfig> read(String json) throws IOException {
        return QueueConfigJson.read(new StringReader(json), "q.json");
    }

    @Test
    void everyFieldIsRead() throws IOException {
        List<QueueConfig> q = read("""
                [
                  {"name": "sales", "channel": "VOICE", "target": {"serviceLevel": 0.8, "seconds": 20},
                   "shrinkage": 0.3, "maxOccupancy": 0.9, "concurrency": 1, "patienceSeconds": 120, "priority": 5,
                   "skill": "sales-en"},
                  {"name": "chat", "channel": "CHAT", "target": {"asaSeconds": 30}, "concurrency": 3,
                   "patienceSeconds": null},
                  {"name": "mail", "channel": "EMAIL", "target": {"respondWithinHours": 4}},
                  {"name": "claims", "channel": "BACKOFFICE", "target": {"respondWithinHours": 48}, "maxOccupancy": 0.8}
                ]
                """);
        assertEquals(new QueueConfig("sales", Channel.VOICE, new ServiceTarget.ServiceLevel(0.8, 20), 0.3, 0.9, 1,
                OptionalDouble.of(120), 5, "sales-en"), q.get(0));
        assertEquals(new QueueConfig("chat", Channel.CHAT, new ServiceTarget.AverageSpeedOfAnswer(30), 0, 1, 3,
                OptionalDouble.empty(), 1, "chat"), q.get(1));
        assertEquals(QueueConfig.of("mail", Channel.EMAIL, new ServiceTarget.ResponseTime(4)), q.get(2));
        assertEquals(0.8, q.get(3).maxOccupancy());
        assertEquals(Channel.BACKOFFICE, q.get(3).channel());
    }

    @Test
    void errorsCarryLineColumnQueueAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("""
                [{"name": "sales", "channel": "VOICE", "target": {"asaSeconds": 30}},
                 {"channel": "VOICE", "name": "support", "target": {"asaSeconds": 30}, "priority": 0}]
                """));
        assertEquals("q.json:2:72: queue support: priority 0 is not in 1..1000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read("""
                [{"channel": "VOICE", "shrinkage": true, "name": "x", "target": {"asaSeconds": 30}}]
                """));
        assertEquals("q.json:1:36: queue #1: shrinkage: expected a number, found a boolean", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read("""
                [{"name": "x", "name": "y", "channel": "VOICE", "target": {"asaSeconds": 30}}]
                """));
        assertTrue(e.getMessage().startsWith("q.json:1:") && e.getMessage().contains("Duplicate field 'name'"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read("[]"));
        assertTrue(e.getMessage().endsWith("no queues in the array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read("""
                [{"name": "x", "channel": "VOICE", "target": {"asaSeconds": 30}, "priority": 99999999999}]
                """));
        assertTrue(e.getMessage().contains("queue x: priority: 99999999999 is out of range"), e.getMessage());
    }
}
