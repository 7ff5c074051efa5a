using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflow.Sandbox.Tests.Support;

/// <summary>
/// A stand-in for a corporate proxy on 127.0.0.1 that keeps every byte a client sends it. A CONNECT gets
/// "200 Connection established" and the first record sent through the tunnel (a TLS ClientHello) is kept too,
/// then the connection is closed: there is no server behind it, so no TLS session, hence no HTTP request, follows.
/// Any other request (plain http through the proxy, which would carry the Authorization header) gets a 502.
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private const int MaxKept = 64 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _received = new();
    private readonly ConcurrentQueue<byte[]> _tunnelled = new();
    private readonly Task _accepting;
    private int _connections;

    public RecordingProxy()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>http://127.0.0.1:PORT, the value for HTTP_PROXY, HTTPS_PROXY and ALL_PROXY.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>How many TCP connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Everything received, one byte per character (Latin-1), so any ASCII text sent is found as is.</summary>
    public string ReceivedText => Encoding.Latin1.GetString([.. _received.SelectMany(b => b)]);

    /// <summary>The bytes each client sent through an established tunnel, after its CONNECT.</summary>
    public IReadOnlyList<byte[]> TunnelRecords => [.. _tunnelled];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var clients = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                clients.Add(ServeAsync(client, _stop.Token));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(clients);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, cancellationToken);
                _received.Enqueue(head);
                if (!Encoding.Latin1.GetString(head).StartsWith("CONNECT ", StringComparison.Ordinal))
                {
                    await stream.WriteAsync("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellationToken);
                    return;
                }

                await stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), cancellationToken);
                var record = await ReadTlsRecordAsync(stream, cancellationToken);
                _received.Enqueue(record);
                _tunnelled.Enqueue(record);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // The client gave up; what it sent so far is kept.
            }
        }
    }

    // Up to the blank line ending the request head (or the end of the stream).
    private static async Task<byte[]> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var kept = new List<byte>();
        var one = new byte[1];
        while (kept.Count < MaxKept && await stream.ReadAsync(one, cancellationToken) == 1)
        {
            kept.Add(one[0]);
            if (kept.Count >= 4 && kept[^4] == '\r' && kept[^3] == '\n' && kept[^2] == '\r' && kept[^1] == '\n')
            {
                break;
            }
        }

        return [.. kept];
    }

    // A TLS record: type (1), version (2), length (2), then the length's bytes.
    private static async Task<byte[]> ReadTlsRecordAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var header = new byte[5];
        await stream.ReadExactlyAsync(header, cancellationToken);
        var body = new byte[Math.Min((header[3] << 8) | header[4], MaxKept)];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return [.. header, .. body];
    }
}
