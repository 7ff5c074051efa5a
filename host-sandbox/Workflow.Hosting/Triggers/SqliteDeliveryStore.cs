using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// The <c>--state-dir</c> store: <c>deliveries.db</c> (SQLite, WAL) keeps every accepted delivery, its finished runs
/// and whether it is complete (and each polling trigger's watermark), so a receiver killed mid-run and restarted runs what it owed and nothing twice.
/// One connection, serialised by a lock: each call is one short statement.
/// </summary>
internal sealed class SqliteDeliveryStore : IDeliveryStore
{
    public const string FileName = "deliveries.db";

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private SqliteDeliveryStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating when absent) <c>deliveries.db</c> in <paramref name="directory"/>.</summary>
    public static SqliteDeliveryStore Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, FileName) }.ToString());
        connection.Open();
        var store = new SqliteDeliveryStore(connection);
        store.Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS deliveries (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              webhook_id TEXT NOT NULL UNIQUE,
              body TEXT NOT NULL,
              accepted_at TEXT NOT NULL,
              done INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS runs (
              webhook_id TEXT NOT NULL,
              workflow TEXT NOT NULL,
              PRIMARY KEY (webhook_id, workflow));
            CREATE TABLE IF NOT EXISTS watermarks (
              trigger_id TEXT PRIMARY KEY,
              watermark TEXT NOT NULL);
            """);
        return store;
    }

    public bool TryAccept(AcceptedDelivery delivery) =>
        Execute("INSERT OR IGNORE INTO deliveries (webhook_id, body, accepted_at) VALUES ($id, $body, $at)",
            ("$id", delivery.WebhookId), ("$body", delivery.Body), ("$at", DateTimeOffset.UtcNow.ToString("O"))) == 1;

    public bool HasRun(string webhookId, string workflowKey)
    {
        lock (_lock)
        {
            using var command = Command("SELECT 1 FROM runs WHERE webhook_id = $id AND workflow = $wf", ("$id", webhookId), ("$wf", workflowKey));
            return command.ExecuteScalar() is not null;
        }
    }

    public void RecordRun(string webhookId, string workflowKey) =>
        Execute("INSERT OR IGNORE INTO runs (webhook_id, workflow) VALUES ($id, $wf)", ("$id", webhookId), ("$wf", workflowKey));

    public void Complete(string webhookId) => Execute("UPDATE deliveries SET done = 1 WHERE webhook_id = $id", ("$id", webhookId));

    public DateTimeOffset? Watermark(string triggerId)
    {
        lock (_lock)
        {
            using var command = Command("SELECT watermark FROM watermarks WHERE trigger_id = $id", ("$id", triggerId));
            return command.ExecuteScalar() is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;
        }
    }

    public void SetWatermark(string triggerId, DateTimeOffset watermark) =>
        Execute("INSERT INTO watermarks (trigger_id, watermark) VALUES ($id, $at) ON CONFLICT (trigger_id) DO UPDATE SET watermark = excluded.watermark",
            ("$id", triggerId), ("$at", watermark.ToString("O", CultureInfo.InvariantCulture)));

    public IReadOnlyList<AcceptedDelivery> Pending()
    {
        lock (_lock)
        {
            using var command = Command("SELECT webhook_id, body FROM deliveries WHERE done = 0 ORDER BY seq");
            using var reader = command.ExecuteReader();
            var pending = new List<AcceptedDelivery>();
            while (reader.Read())
            {
                pending.Add(new AcceptedDelivery(reader.GetString(0), reader.GetString(1)));
            }

            return pending;
        }
    }

    public void Dispose() => _connection.Dispose();

    private int Execute(string sql, params (string Name, string Value)[] parameters)
    {
        lock (_lock)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, string Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
