using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Workflow.Hosting.Triggers;

/// <summary>
/// The one writer of a SQLite connection, committing in groups: callers queue a write to a prepared statement and
/// await it; the writer takes every write waiting (up to <see cref="MaxBatch"/>), runs them in order in one
/// transaction, commits, and only then completes each caller's task. So N concurrent writers cost one commit instead
/// of N, nobody blocks a thread while waiting, and a task that completed is a write that committed.
/// </summary>
/// <remarks>
/// <para>A statement that fails faults its own task only (SQLite undoes that statement, the rest of the batch goes on); a
/// failed commit faults every task of the batch, whose writes were rolled back.</para>
/// <para>The callers' continuations run on the thread pool, never on the writer, in at most one work item per processor
/// per commit, each resuming its share of the batch in turn: a continuation that blocks holds up the rest of its share,
/// never the writer.</para>
/// </remarks>
internal sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>Writes per transaction at most, so one commit never waits for an unbounded batch.</summary>
    public const int MaxBatch = 256;

    private readonly SqliteConnection _connection;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Write> _batch = new(MaxBatch);
    private readonly Task _writer;
    private long _commits;

    public SqliteGroupCommit(SqliteConnection connection)
    {
        _connection = connection;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Transactions committed so far (writes per commit = writes / this; the store breakdown bench reads it).</summary>
    public long Commits => Volatile.Read(ref _commits);

    /// <summary>A statement prepared once on the writer's connection, its parameters in the order given (text unless typed).</summary>
    public SqliteCommand Prepare(string sql, params string[] parameterNames) =>
        Prepare(sql, [.. parameterNames.Select(name => (name, SqliteType.Text))]);

    /// <summary>A statement prepared once on the writer's connection, its parameters (name, SQLite type) in the order given.</summary>
    public SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, type));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Queues <paramref name="statement"/> with <paramref name="values"/> (a string, a byte array for a blob, a long); completes with its changed-row count once its transaction committed.</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public Task<int> ExecuteAsync(SqliteCommand statement, params object[] values)
    {
        var write = new Write(statement, values);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);
        return write.Task;
    }

    /// <summary>Commits what is queued, then stops the writer. The last callers' tasks complete on the thread pool, possibly just after this returns.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private async Task WriteLoopAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (_batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                _batch.Add(write);
            }

            Commit();
            _batch.Clear();
        }
    }

    private void Commit()
    {
        var done = new Completion[_batch.Count];
        try
        {
            using (var transaction = _connection.BeginTransaction())
            {
                for (var i = 0; i < _batch.Count; i++)
                {
                    try
                    {
                        done[i] = new(_batch[i], _batch[i].Run(transaction), null);
                    }
                    catch (Exception ex)
                    {
                        done[i] = new(_batch[i], 0, ex);
                    }
                }

                transaction.Commit();
            }

            _commits++;
        }
        catch (Exception ex)
        {
            // The commit (or beginning the transaction) failed: nothing of this batch was written.
            for (var i = 0; i < _batch.Count; i++)
            {
                done[i] = new(_batch[i], 0, ex);
            }
        }

        // The callers' continuations (a request's answer) run on the thread pool, never on the writer, so the next batch
        // is not held up by them; but in a few work items, each resuming its share inline, instead of one pool wake-up per
        // write (on 2 cores the wake-ups cost more CPU than the answers: BENCHMARKS.md, B-listen).
        var chunks = Math.Min(Environment.ProcessorCount, done.Length);
        for (var c = 0; c < chunks; c++)
        {
            var start = done.Length * c / chunks;
            var end = done.Length * (c + 1) / chunks;
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Complete(), new CompletionChunk(done, start, end), preferLocal: false);
        }
    }

    private readonly record struct Completion(Write Write, int Result, Exception? Error);

    private sealed class CompletionChunk(Completion[] done, int start, int end)
    {
        public void Complete()
        {
            for (var i = start; i < end; i++)
            {
                var (write, result, error) = done[i];
                if (error is not null)
                {
                    write.SetException(error);
                }
                else
                {
                    write.SetResult(result);
                }
            }
        }
    }

    // Continuations may run inline where the task is completed: on a pool thread's completion chunk, never on the writer.
    private sealed class Write(SqliteCommand statement, object[] values) : TaskCompletionSource<int>
    {
        public int Run(SqliteTransaction transaction)
        {
            statement.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                statement.Parameters[i].Value = values[i];
            }

            return statement.ExecuteNonQuery();
        }
    }
}
