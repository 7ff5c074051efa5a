using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// The <c>--state-dir</c> store: <c>deliveries.db</c> (SQLite) keeps every accepted delivery, its finished runs and
/// whether it is complete (and each polling trigger's watermark), so a receiver killed mid-run and restarted runs what
/// it owed and nothing twice.
/// </summary>
/// <remarks>
/// <para>Writes go through one writer that commits every write waiting in one transaction (<see cref="SqliteGroupCommit"/>):
/// a delivery is acknowledged once its transaction committed, and 32 concurrent deliveries cost about one commit, not 32.
/// Reads use a second connection (WAL lets it read while the writer writes).</para>
/// <para>Durability: WAL with <c>synchronous = NORMAL</c>. A commit is in the WAL file, handed to the operating system,
/// before the delivery is acknowledged, so a killed process (SIGKILL, OOM, crash) loses nothing it acknowledged. What it
/// gives up against <c>FULL</c> is the fsync per commit: a power loss or kernel crash can lose the last commits before the
/// next checkpoint. Then incident.io sees no failure and does not redeliver them.</para>
/// <para>Schema version 2 (<c>PRAGMA user_version</c>): <c>deliveries.body</c> is the request's UTF-8 bytes (a BLOB, bound as
/// received: no decode and re-encode per delivery) and <c>accepted_at</c> is unix milliseconds (an INTEGER). A version 1
/// file (body TEXT, accepted_at ISO 8601 TEXT, user_version 0: earlier listens) is migrated in one transaction when opened,
/// so an existing state directory recovers; a file from a newer version is refused rather than misread.</para>
/// </remarks>
internal sealed class SqliteDeliveryStore : IDeliveryStore
{
    public const string FileName = "deliveries.db";

    /// <summary>The schema this version writes (<c>PRAGMA user_version</c>); 0 is version 1, from before the version was kept.</summary>
    public const int SchemaVersion = 2;

    private readonly SqliteConnection _writerConnection;
    private readonly SqliteConnection _reader;
    private readonly Lock _readLock = new();
    private readonly SqliteGroupCommit _writes;
    private readonly SqliteCommand _accept;
    private readonly SqliteCommand _recordRun;
    private readonly SqliteCommand _complete;
    private readonly SqliteCommand _setWatermark;

    private SqliteDeliveryStore(SqliteConnection writer, SqliteConnection reader)
    {
        (_writerConnection, _reader) = (writer, reader);
        _writes = new SqliteGroupCommit(writer);
        _accept = _writes.Prepare(
            "INSERT OR IGNORE INTO deliveries (webhook_id, body, accepted_at) VALUES ($id, $body, $at)", ("$id", SqliteType.Text), ("$body", SqliteType.Blob), ("$at", SqliteType.Integer));
        _recordRun = _writes.Prepare("INSERT OR IGNORE INTO runs (webhook_id, workflow) VALUES ($id, $wf)", "$id", "$wf");
        _complete = _writes.Prepare("UPDATE deliveries SET done = 1 WHERE webhook_id = $id", "$id");
        _setWatermark = _writes.Prepare(
            "INSERT INTO watermarks (trigger_id, watermark) VALUES ($id, $at) ON CONFLICT (trigger_id) DO UPDATE SET watermark = excluded.watermark", "$id", "$at");
    }

    /// <summary>Opens (creating when absent, migrating a version 1 file) <c>deliveries.db</c> in <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">The file was written by a newer version (its schema is unknown here).</exception>
    public static SqliteDeliveryStore Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, FileName) }.ToString();
        var writer = new SqliteConnection(connectionString);
        writer.Open();
        try
        {
            Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            using (var transaction = writer.BeginTransaction())
            {
                MigrateOrCreate(writer, directory);
                transaction.Commit();
            }
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        var reader = new SqliteConnection(connectionString);
        reader.Open();
        return new SqliteDeliveryStore(writer, reader);
    }

    private static void MigrateOrCreate(SqliteConnection connection, string directory)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidDataException(
                $"{Path.Combine(directory, FileName)} has schema version {version}; this listen reads versions 1-{SchemaVersion}. Use the newer listen, or another --state-dir.");
        }

        // Version 1 had no user_version: its deliveries table exists while the version reads 0.
        var version1 = version == 0 && Scalar(connection, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'deliveries'") is not null;
        Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS {(version1 ? "deliveries_v2" : "deliveries")} (
              seq INTEGER PRIMARY KEY, -- the rowid: acceptance order (rows are never deleted, so no AUTOINCREMENT)
              webhook_id TEXT NOT NULL UNIQUE,
              body BLOB NOT NULL,         -- the request's UTF-8 bytes
              accepted_at INTEGER NOT NULL, -- unix milliseconds
              done INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS runs (
              webhook_id TEXT NOT NULL,
              workflow TEXT NOT NULL,
              PRIMARY KEY (webhook_id, workflow));
            CREATE TABLE IF NOT EXISTS watermarks (
              trigger_id TEXT PRIMARY KEY,
              watermark TEXT NOT NULL);
            """);
        if (version1)
        {
            // Same rows, same order (seq kept), same done flags; text bodies become their UTF-8 bytes.
            Execute(connection, """
                INSERT INTO deliveries_v2 (seq, webhook_id, body, accepted_at, done)
                  SELECT seq, webhook_id, CAST(body AS BLOB), CAST(unixepoch(accepted_at, 'subsec') * 1000 AS INTEGER), done FROM deliveries;
                DROP TABLE deliveries;
                ALTER TABLE deliveries_v2 RENAME TO deliveries;
                """);
        }

        Execute(connection, $"PRAGMA user_version = {SchemaVersion}");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Transactions committed so far by the writer (the store breakdown bench divides writes by it).</summary>
    public long Commits => _writes.Commits;

    public async ValueTask<bool> TryAcceptAsync(AcceptedDelivery delivery) =>
        await _writes.ExecuteAsync(_accept, delivery.WebhookId, delivery.Body, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) == 1;

    public bool HasRun(string webhookId, string workflowKey) =>
        Read("SELECT 1 FROM runs WHERE webhook_id = $id AND workflow = $wf", command => command.ExecuteScalar() is not null, ("$id", webhookId), ("$wf", workflowKey));

    public ValueTask RecordRunAsync(string webhookId, string workflowKey) => new(_writes.ExecuteAsync(_recordRun, webhookId, workflowKey));

    public ValueTask CompleteAsync(string webhookId) => new(_writes.ExecuteAsync(_complete, webhookId));

    public DateTimeOffset? Watermark(string triggerId) =>
        Read("SELECT watermark FROM watermarks WHERE trigger_id = $id",
            command => command.ExecuteScalar() is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : (DateTimeOffset?)null,
            ("$id", triggerId));

    public ValueTask SetWatermarkAsync(string triggerId, DateTimeOffset watermark) =>
        new(_writes.ExecuteAsync(_setWatermark, triggerId, watermark.ToString("O", CultureInfo.InvariantCulture)));

    public IReadOnlyList<AcceptedDelivery> Pending() =>
        Read("SELECT webhook_id, body FROM deliveries WHERE done = 0 ORDER BY seq", command =>
        {
            using var rows = command.ExecuteReader();
            var pending = new List<AcceptedDelivery>();
            while (rows.Read())
            {
                pending.Add(new AcceptedDelivery(rows.GetString(0), rows.GetFieldValue<byte[]>(1)) { Recovered = true });
            }

            return pending;
        });

    /// <summary>Commits what is queued, then closes both connections.</summary>
    public void Dispose()
    {
        _writes.Dispose();
        foreach (var statement in new[] { _accept, _recordRun, _complete, _setWatermark })
        {
            statement.Dispose();
        }

        _writerConnection.Dispose();
        _reader.Dispose();
    }

    private T Read<T>(string sql, Func<SqliteCommand, T> read, params (string Name, string Value)[] parameters)
    {
        lock (_readLock)
        {
            using var command = _reader.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return read(command);
        }
    }
}
