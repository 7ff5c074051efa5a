using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Workflow.Hosting.Triggers;

namespace Drills.Webhooks;

/// <summary>
/// B-listen's breakdown (BENCHMARKS.md): where the CPU of a durable acknowledgement goes, in this process, without HTTP.
/// First the whole path as the receiver uses it (<see cref="SqliteDeliveryStore.TryAcceptAsync"/> from 32 concurrent
/// callers: process CPU per accepted delivery and writes per commit), then each part alone on one thread: the group
/// commit's queue and hand-back with a statement that writes nothing, the insert through Microsoft.Data.Sqlite, the same
/// insert through SQLitePCL's raw API (what the ADO.NET layer costs), the insert without the UNIQUE index, and the commit.
/// Each figure is the median of the rounds; process CPU, so steadier than wall time on a loaded machine.
/// </summary>
internal static class StoreBench
{
    public static async Task RunAsync(int count, int concurrency, int rounds, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B-listen store breakdown: {rounds} rounds x {count} deliveries, {concurrency} concurrent callers; load average {LoadAverage()}"));
        var body = Body("msg_bench_000000");
        var utf8 = Encoding.UTF8.GetBytes(body);
        using var work = new TempFolder();

        var full = new List<double>();
        var perCommit = new List<double>();
        using (var store = SqliteDeliveryStore.Open(work.Path("full")))
        {
            await AcceptAllAsync(store, "warm", count, concurrency, utf8);
            for (var round = 0; round < rounds; round++)
            {
                var commits = store.Commits;
                full.Add(await CpuPerOpAsync(count, () => AcceptAllAsync(store, $"r{round}", count, concurrency, utf8)));
                perCommit.Add((double)count / (store.Commits - commits));
            }
        }

        var batch = Math.Max(1, (int)Math.Round(Median(perCommit)));
        output.WriteLine(Line("SqliteDeliveryStore.TryAcceptAsync, whole path", full, $"{Median(perCommit):0.0} writes per commit"));
        output.WriteLine(Line("group commit queue + hand-back, no write", await MachineryAsync(work, count, concurrency, rounds), "SELECT $id through SqliteGroupCommit"));
        output.WriteLine($"  each part alone, one thread, {batch} inserts per transaction (the whole path's batch):");
        output.WriteLine(Line("  insert, ADO.NET, body TEXT, ISO accepted_at", Rounds(rounds, r => Inserts(work.Path($"text{r}"), count, batch, Schema.TextBody, Binding.Ado, utf8)), null));
        output.WriteLine(Line("  insert, ADO.NET, body BLOB, unix-ms accepted_at", Rounds(rounds, r => Inserts(work.Path($"blob{r}"), count, batch, Schema.BlobBody, Binding.Ado, utf8)), null));
        output.WriteLine(Line("  insert, raw SQLitePCL, body BLOB", Rounds(rounds, r => Inserts(work.Path($"raw{r}"), count, batch, Schema.BlobBody, Binding.Raw, utf8)), null));
        output.WriteLine(Line("  insert, ADO.NET, body BLOB, no UNIQUE index", Rounds(rounds, r => Inserts(work.Path($"noidx{r}"), count, batch, Schema.NoIndex, Binding.Ado, utf8)), null));
        output.WriteLine(Line("  insert + commit per batch, ADO.NET, TEXT", Rounds(rounds, r => Inserts(work.Path($"commit{r}"), count, batch, Schema.TextBody, Binding.Ado, utf8, commit: true)), "minus the insert alone: the commit's share"));
        output.WriteLine(Line("  accepted_at as ISO 8601 text", Rounds(rounds, round => CpuPerOp(count * 10, () => { for (var i = 0; i < count * 10; i++) { _ = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture); } })), null));
        output.WriteLine(Line("  body decoded to a string (UTF-8)", Rounds(rounds, round => CpuPerOp(count * 10, () => { for (var i = 0; i < count * 10; i++) { _ = Encoding.UTF8.GetString(utf8); } })), $"{utf8.Length} bytes"));
        output.WriteLine($"  load average after: {LoadAverage()}");
    }

    private static string Body(string id) => new JsonObject
    {
        ["event_type"] = "public_incident.incident_created_v2",
        ["public_incident.incident_created_v2"] = new JsonObject { ["id"] = id, ["name"] = "bench", ["visibility"] = "public" },
    }.ToJsonString();

    private static async Task AcceptAllAsync(SqliteDeliveryStore store, string prefix, int count, int concurrency, byte[] body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int at;
            while ((at = Interlocked.Increment(ref next)) < count)
            {
                if (!await store.TryAcceptAsync(new AcceptedDelivery($"msg_{prefix}_{at:D6}", body)))
                {
                    throw new InvalidOperationException("A unique delivery was refused.");
                }
            }
        })));
    }

    private static async Task<List<double>> MachineryAsync(TempFolder work, int count, int concurrency, int rounds)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = work.Path("machinery.db") }.ToString());
        connection.Open();
        using var commit = new SqliteGroupCommit(connection);
        using var statement = commit.Prepare("SELECT $id", "$id");
        var results = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var cpu = await CpuPerOpAsync(count, async () =>
            {
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
                {
                    while (Interlocked.Increment(ref next) < count)
                    {
                        await commit.ExecuteAsync(statement, "msg");
                    }
                })));
            });
            if (round > 0)
            {
                results.Add(cpu);
            }
        }

        return results;
    }

    private enum Schema { TextBody, BlobBody, NoIndex }

    private enum Binding { Ado, Raw }

    /// <summary>CPU µs per insert of <paramref name="count"/> rows, <paramref name="batch"/> per transaction; the commit timed only when <paramref name="commit"/>.</summary>
    private static double Inserts(string directory, int count, int batch, Schema schema, Binding binding, byte[] body, bool commit = false)
    {
        Directory.CreateDirectory(directory);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "d.db") }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " + (schema switch
            {
                Schema.TextBody => "CREATE TABLE deliveries (seq INTEGER PRIMARY KEY, webhook_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, accepted_at TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);",
                Schema.BlobBody => "CREATE TABLE deliveries (seq INTEGER PRIMARY KEY, webhook_id TEXT NOT NULL UNIQUE, body BLOB NOT NULL, accepted_at INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0);",
                _ => "CREATE TABLE deliveries (seq INTEGER PRIMARY KEY, webhook_id TEXT NOT NULL, body BLOB NOT NULL, accepted_at INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0);",
            });
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO deliveries (webhook_id, body, accepted_at) VALUES ($id, $body, $at)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var bodyParameter = insert.Parameters.Add("$body", schema == Schema.TextBody ? SqliteType.Text : SqliteType.Blob);
        var at = insert.Parameters.Add("$at", schema == Schema.TextBody ? SqliteType.Text : SqliteType.Integer);
        insert.Prepare();
        var text = Encoding.UTF8.GetString(body);
        var raw = binding == Binding.Raw ? RawStatement(connection, insert.CommandText) : null;

        var cpu = TimeSpan.Zero;
        for (var done = 0; done < count;)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            var start = ThreadCpu();
            for (var i = 0; i < batch && done < count; i++, done++)
            {
                var webhookId = $"msg_{done:D6}";
                if (raw is not null)
                {
                    SQLitePCL.raw.sqlite3_bind_text(raw, 1, webhookId);
                    SQLitePCL.raw.sqlite3_bind_blob(raw, 2, body);
                    SQLitePCL.raw.sqlite3_bind_int64(raw, 3, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                    SQLitePCL.raw.sqlite3_step(raw);
                    SQLitePCL.raw.sqlite3_reset(raw);
                    continue;
                }

                id.Value = webhookId;
                bodyParameter.Value = schema == Schema.TextBody ? text : body;
                at.Value = schema == Schema.TextBody ? DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                insert.ExecuteNonQuery();
            }

            if (commit)
            {
                transaction.Commit();
            }

            cpu += ThreadCpu() - start;
            if (!commit)
            {
                transaction.Commit();
            }
        }

        raw?.Dispose();
        return cpu.TotalMicroseconds / count;
    }

    private static SQLitePCL.sqlite3_stmt RawStatement(SqliteConnection connection, string sql)
    {
        SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        return statement;
    }

    private static List<double> Rounds(int rounds, Func<int, double> measure) =>
        Enumerable.Range(0, rounds + 1).Select(measure).Skip(1).ToList();

    private static double CpuPerOp(int count, Action run)
    {
        var start = ThreadCpu();
        run();
        return (ThreadCpu() - start).TotalMicroseconds / count;
    }

    private static async Task<double> CpuPerOpAsync(int count, Func<Task> run)
    {
        var start = ProcessCpu();
        await run();
        return (ProcessCpu() - start).TotalMicroseconds / count;
    }

    /// <summary>This thread's CPU time, to the nanosecond (<c>CLOCK_THREAD_CPUTIME_ID</c>; the process's is counted in 10 ms ticks).</summary>
    private static TimeSpan ThreadCpu()
    {
        _ = ClockGetTime(3, out var now);
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static string Line(string name, List<double> values, string? note) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {name,-52} {Median(values),7:0.00} us CPU ({values.Min():0.00}-{values.Max():0.00}){(note is null ? "" : "   " + note)}");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
