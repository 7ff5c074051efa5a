using Microsoft.Data.Sqlite;
using Workflow.Hosting.Triggers;

namespace Workflow.Sandbox.Tests.Triggers;

/// <summary>The group-commit writer on a real SQLite file: every completed write is committed, each gets its own answer, a failure stays its own.</summary>
public class SqliteGroupCommitTests
{
    private string _file = "";
    private SqliteConnection _connection = null!;

    [SetUp]
    public void Open()
    {
        _file = Path.Combine(Directory.CreateTempSubdirectory("group-commit-").FullName, "t.db");
        _connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        _connection.Open();
        using var schema = _connection.CreateCommand();
        schema.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL CHECK (v <> 'bad'));";
        schema.ExecuteNonQuery();
    }

    [TearDown]
    public void Close()
    {
        _connection.Dispose();
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
    }

    [Test]
    public async Task ExecuteAsync_ConcurrentWritesWithRepeats_EachAnsweredAndCommittedWhenItCompletes()
    {
        using var writes = new SqliteGroupCommit(_connection);
        var insert = writes.Prepare("INSERT OR IGNORE INTO t (id, v) VALUES ($id, $v)", "$id", "$v");

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => writes.ExecuteAsync(insert, $"id{i % 200}", "ok"))));
        var committed = CountFromAnotherConnection();

        Assert.That((results.Count(r => r == 1), results.Count(r => r == 0), committed), Is.EqualTo((200, 100, 200L)));
    }

    [Test]
    public async Task ExecuteAsync_OneStatementFails_OnlyItsTaskFaultsAndTheOthersCommit()
    {
        using var writes = new SqliteGroupCommit(_connection);
        var insert = writes.Prepare("INSERT INTO t (id, v) VALUES ($id, $v)", "$id", "$v");

        var good = writes.ExecuteAsync(insert, "a", "ok");
        var bad = writes.ExecuteAsync(insert, "b", "bad");
        var alsoGood = writes.ExecuteAsync(insert, "c", "ok");

        Assert.That(async () => await bad, Throws.InstanceOf<SqliteException>());
        Assert.That((await good, await alsoGood, CountFromAnotherConnection()), Is.EqualTo((1, 1, 2L)));
    }

    [Test]
    public async Task ExecuteAsync_Continuation_QueuedToTheThreadPoolNotRunOnTheWriter()
    {
        _connection.CreateFunction("slow_ok", () =>
        {
            Thread.Sleep(100);
            return "ok";
        });
        using var writes = new SqliteGroupCommit(_connection);
        var insert = writes.Prepare("INSERT INTO t (id, v) VALUES ($id, slow_ok())", "$id");

        // The statement sleeps, so the caller awaits before the write completes; Task.Run: no synchronization context.
        var stack = await Task.Run(async () =>
        {
            await writes.ExecuteAsync(insert, "a");
            return Environment.StackTrace;
        });

        Assert.That((stack.Contains(nameof(SqliteGroupCommit) + ".Commit", StringComparison.Ordinal), CountFromAnotherConnection()), Is.EqualTo((false, 1L)));
    }

    [Test]
    public async Task ExecuteAsync_ContinuationBlocksUntilALaterWriteCompletes_TheWriterGoesOn()
    {
        using var writes = new SqliteGroupCommit(_connection);
        var insert = writes.Prepare("INSERT INTO t (id, v) VALUES ($id, $v)", "$id", "$v");
        using var laterDone = new ManualResetEventSlim();

        // The first caller's continuation blocks its thread until the second write has committed and completed: run on
        // the writer, it would stop it, and the second write would never commit.
        var first = Task.Run(async () =>
        {
            await writes.ExecuteAsync(insert, "a", "ok");
            return laterDone.Wait(TimeSpan.FromSeconds(30));
        });
        await WaitUntilCountIs(1);
        await writes.ExecuteAsync(insert, "b", "ok").WaitAsync(TimeSpan.FromSeconds(30));
        laterDone.Set();

        Assert.That((await first, CountFromAnotherConnection()), Is.EqualTo((true, 2L)));
    }

    [Test]
    public async Task Dispose_WritesStillQueued_CommittedBeforeItReturns()
    {
        var writes = new SqliteGroupCommit(_connection);
        var insert = writes.Prepare("INSERT INTO t (id, v) VALUES ($id, $v)", "$id", "$v");
        var pending = Enumerable.Range(0, 50).Select(i => writes.ExecuteAsync(insert, $"id{i}", "ok")).ToList();

        writes.Dispose();
        var committed = CountFromAnotherConnection();

        // The tasks complete on the thread pool, possibly just after Dispose; each one committed before Dispose returned.
        var results = await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That((committed, results.Count(r => r == 1)), Is.EqualTo((50L, 50)));
        Assert.That(() => writes.ExecuteAsync(insert, "late", "ok"), Throws.InstanceOf<ObjectDisposedException>());
    }

    private async Task WaitUntilCountIs(long expected)
    {
        for (var tries = 0; CountFromAnotherConnection() != expected; tries++)
        {
            Assert.That(tries, Is.LessThan(3000), $"{expected} row(s) never committed");
            await Task.Delay(10);
        }
    }

    // A second connection sees only what was committed.
    private long CountFromAnotherConnection()
    {
        using var reader = new SqliteConnection($"Data Source={_file};Pooling=False");
        reader.Open();
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        return (long)count.ExecuteScalar()!;
    }
}
