using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Workflow.Sandbox.Tests.Support;
using Workflow.Hosting.Triggers;

namespace Workflow.Sandbox.Tests.Triggers;

public class SqliteDeliveryStoreTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("deliveries-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task TryAcceptAsync_SameIdAfterReopen_False()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            Assert.That(await store.TryAcceptAsync(new AcceptedDelivery("msg_1", "{}")), Is.True);
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That(await reopened.TryAcceptAsync(new AcceptedDelivery("msg_1", "{}")), Is.False);
    }

    [Test]
    public async Task Pending_AfterReopen_OnlyTheIncompleteOnesInAcceptanceOrder()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            await store.TryAcceptAsync(new AcceptedDelivery("msg_b", "{\"n\":1}"));
            await store.TryAcceptAsync(new AcceptedDelivery("msg_a", "{\"n\":2}"));
            await store.TryAcceptAsync(new AcceptedDelivery("msg_c", "{\"n\":3}"));
            await store.CompleteAsync("msg_a");
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That(reopened.Pending(), Is.EqualTo(new[] { new AcceptedDelivery("msg_b", "{\"n\":1}") { Recovered = true }, new AcceptedDelivery("msg_c", "{\"n\":3}") { Recovered = true } }));
    }

    [Test]
    public async Task TryAcceptAsync_SameIdConcurrently_ExactlyOneAccepted()
    {
        using var store = SqliteDeliveryStore.Open(_directory);

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () => await store.TryAcceptAsync(new AcceptedDelivery("msg_race", "{}")))));

        Assert.That((answers.Count(a => a), store.Pending().Count), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task HasRun_RecordedBeforeReopen_True()
    {
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            await store.RecordRunAsync("msg_1", "critical");
        }

        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That((reopened.HasRun("msg_1", "critical"), reopened.HasRun("msg_1", "other")), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Receiver_StoppedWithDeliveriesInFlightAndRestarted_EachRunsExactlyOnceAcrossBoth()
    {
        const string workflow = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""";
        var ids = Enumerable.Range(0, 40).Select(i => $"msg_inflight_{i}").ToList();
        var first = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory), concurrency: 1);
        var answers = await Task.WhenAll(ids.Select(async id =>
        {
            using var response = await first.PostAsync(Body(id), id);
            return response.StatusCode;
        }));

        // Stopped at once: the runs still queued or in flight stay pending in deliveries.db.
        await first.DisposeAsync();
        await using var second = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory));
        await second.WaitForRunsAsync(ids.Count - first.Runs.Count);
        using var redelivery = await second.PostAsync(Body(ids[^1]), ids[^1]);
        await Task.Delay(300);

        var ran = first.Runs.Concat(second.Runs).Select(r => r.WebhookId).Order().ToList();
        TestContext.Out.WriteLine($"ran before the stop: {first.Runs.Count} of {ids.Count}; after the restart: {second.Runs.Count}");
        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ran, Is.EqualTo(ids.Order().ToList()), $"first ran {first.Runs.Count}, second {second.Runs.Count}");
        Assert.That((redelivery.StatusCode, second.Store.Pending().Count), Is.EqualTo((HttpStatusCode.OK, 0)));
    }

    [Test]
    public async Task Receiver_RestartedWithAcceptedButUnrunDelivery_RunsItOnceAndRefusesItsRedelivery()
    {
        const string workflow = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""";
        const string body = """{"event_type":"public_incident.incident_created_v2","public_incident.incident_created_v2":{"id":"01FDAG4SAP5TYPT98WGR2N7W91"}}""";
        // A receiver that accepted the delivery and died before running it: the store holds it, not complete.
        using (var crashed = SqliteDeliveryStore.Open(_directory))
        {
            await crashed.TryAcceptAsync(new AcceptedDelivery("msg_restart", body));
        }

        await using var listener = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory));
        var runs = await listener.WaitForRunsAsync(1);
        using var redelivery = await listener.PostAsync(body, "msg_restart");
        await Task.Delay(300);

        Assert.That(runs.Select(r => (r.WebhookId, r.Ok)), Is.EqualTo(new[] { ("msg_restart", true) }));
        Assert.That((redelivery.StatusCode, listener.Runs.Count, listener.Store.Pending().Count), Is.EqualTo((HttpStatusCode.OK, 1, 0)));
    }

    [Test]
    public async Task TryAcceptAsync_NonAsciiBody_KeptAsTheReceivedBytesInABlob()
    {
        var body = Encoding.UTF8.GetBytes(Body("01FDAG4SAP5TYPT98WGR2N7W91").Replace("\"n\"", "\"Paiement échoué 💳\"", StringComparison.Ordinal));
        using (var store = SqliteDeliveryStore.Open(_directory))
        {
            await store.TryAcceptAsync(new AcceptedDelivery("msg_utf8", body));
        }

        var stored = Query("SELECT typeof(body), body, typeof(accepted_at) FROM deliveries", r => (r.GetString(0), r.GetFieldValue<byte[]>(1), r.GetString(2)));
        using var reopened = SqliteDeliveryStore.Open(_directory);
        Assert.That(stored, Is.EqualTo(("blob", body, "integer")));
        Assert.That(reopened.Pending().Single().Body, Is.EqualTo(body));
    }

    [Test]
    public async Task Open_Version1StateDirectory_MigratedAndItsPendingDeliveryRunsOnceAndStaysDeduplicated()
    {
        const string workflow = """{ "name": "Any", "trigger": { "on": "incidentio.incident_created" }, "steps": [ { "id": "sev", "action": "incidentio.list_severities" } ] }""";
        // deliveries.db exactly as listen wrote it before schema version 2: body and accepted_at as TEXT, no user_version.
        Execute("""
            CREATE TABLE deliveries (seq INTEGER PRIMARY KEY, webhook_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, accepted_at TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE runs (webhook_id TEXT NOT NULL, workflow TEXT NOT NULL, PRIMARY KEY (webhook_id, workflow));
            CREATE TABLE watermarks (trigger_id TEXT PRIMARY KEY, watermark TEXT NOT NULL);
            INSERT INTO deliveries (webhook_id, body, accepted_at, done) VALUES
              ('msg_old_done', '{"event_type":"x"}', '2026-11-30T10:00:00.0000000+00:00', 1),
              ('msg_old_pending', $body, '2026-11-30T10:00:01.2500000+00:00', 0);
            INSERT INTO runs VALUES ('msg_old_done', 'any');
            """, ("$body", Body("msg_old_pending")));

        await using (var listener = await ListenerHarness.StartAsync(new Dictionary<string, string> { ["any"] = workflow }, SqliteDeliveryStore.Open(_directory)))
        {
            var runs = await listener.WaitForRunsAsync(1);
            using var redelivery = await listener.PostAsync(Body("msg_old_pending"), "msg_old_pending");
            using var oldRedelivery = await listener.PostAsync(Body("msg_old_done"), "msg_old_done");
            await Task.Delay(300);
            Assert.That(runs.Select(r => (r.WebhookId, r.Ok)), Is.EqualTo(new[] { ("msg_old_pending", true) }));
            Assert.That((redelivery.StatusCode, oldRedelivery.StatusCode, listener.Runs.Count), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, 1)));
        }

        var rows = Query("SELECT group_concat(seq || ':' || webhook_id || ':' || typeof(body) || ':' || accepted_at || ':' || done, ' ') FROM deliveries", r => r.GetString(0));
        Assert.That(rows, Is.EqualTo("1:msg_old_done:blob:1796032800000:1 2:msg_old_pending:blob:1796032801250:1"));
        Assert.That(Query("PRAGMA user_version", r => r.GetInt32(0)), Is.EqualTo(SqliteDeliveryStore.SchemaVersion));
    }

    [Test]
    public void Open_NewerSchemaVersion_RefusedNamingTheFileAndVersions()
    {
        Execute("PRAGMA user_version = 99; CREATE TABLE deliveries (id TEXT);");

        var error = Assert.Throws<InvalidDataException>(() => SqliteDeliveryStore.Open(_directory).Dispose());

        Assert.That(error!.Message, Does.Contain(SqliteDeliveryStore.FileName).And.Contain("schema version 99").And.Contain($"versions 1-{SqliteDeliveryStore.SchemaVersion}"));
    }

    private void Execute(string sql, params (string Name, string Value)[] parameters)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private T Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var rows = command.ExecuteReader();
        Assert.That(rows.Read(), Is.True, sql);
        return read(rows);
    }

    private SqliteConnection Connect()
    {
        // Not pooled, so the file is closed again before the store (or TearDown) opens it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, SqliteDeliveryStore.FileName), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Body(string id) =>
        $$$"""{"event_type":"public_incident.incident_created_v2","public_incident.incident_created_v2":{"id":"{{{id}}}","name":"n","visibility":"public"}}""";
}
