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
/// A statement that fails faults its own task only (SQLite undoes that statement, the rest of the batch goes on); a
/// failed commit faults every task of the batch, whose writes were rolled back.
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

    /// <summary>Commits what is queued, then stops the writer.</summary>
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
        var results = new int[_batch.Count];
        var failed = new Exception?[_batch.Count];
        try
        {
            using (var transaction = _connection.BeginTransaction())
            {
                for (var i = 0; i < _batch.Count; i++)
                {
                    try
                    {
                        results[i] = _batch[i].Run(transaction);
                    }
                    catch (Exception ex)
                    {
                        failed[i] = ex;
                    }
                }

                transaction.Commit();
            }

            _commits++;
        }
        catch (Exception ex)
        {
            // The commit (or beginning the transaction) failed: nothing of this batch was written.
            foreach (var write in _batch)
            {
                write.SetException(ex);
            }

            return;
        }

        for (var i = 0; i < _batch.Count; i++)
        {
            if (failed[i] is { } error)
            {
                _batch[i].SetException(error);
            }
            else
            {
                _batch[i].SetResult(results[i]);
            }
        }
    }

    // Continuations run on the thread pool, never on the writer, so the next batch is not held up by a request.
    private sealed class Write(SqliteCommand statement, object[] values) : TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)
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
