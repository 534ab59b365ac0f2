using System.Net.Sockets;
using System.Text;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>An HTTP/1.1 answer read off the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, bool Complete)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string Text => Encoding.UTF8.GetString(Body);

    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim();
}

/// <summary>
/// Sends a request exactly as given, byte for byte, over a plain socket: HttpClient and Uri would normalise a
/// broken percent-encoding, invalid UTF-8 or a null byte before it left the test. One request per connection.
/// </summary>
public static class RawHttp
{
    /// <summary>A request with a target that may hold any bytes (written as Latin-1: one char, one byte).</summary>
    public static byte[] Request(string method, string target, params (string Name, string Value)[] headers) =>
        Request(method, target, keepAlive: false, headers);

    public static byte[] Request(string method, string target, bool keepAlive, params (string Name, string Value)[] headers)
    {
        var text = new StringBuilder($"{method} {target} HTTP/1.1\r\n");
        if (!headers.Any(h => h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase))) text.Append("Host: localhost\r\n");
        foreach (var (name, value) in headers) text.Append($"{name}: {value}\r\n");
        text.Append(keepAlive ? "\r\n" : "Connection: close\r\n\r\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A request that carries a body (for methods the site refuses).</summary>
    public static byte[] RequestWithBody(string method, string target, string body, params (string Name, string Value)[] headers) =>
        [.. Request(method, target, [.. headers, ("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", Encoding.UTF8.GetByteCount(body).ToString(CultureInfo.InvariantCulture))]),
         .. Encoding.UTF8.GetBytes(body)];

    /// <summary>Everything the server sent on one connection for <paramref name="request"/> (which may hold several requests).</summary>
    public static async Task<byte[]> ExchangeAsync(Uri server, byte[] request, CancellationToken cancel)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel);
        var stream = client.GetStream();
        await stream.WriteAsync(request, cancel);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancel);
        return received.ToArray();
    }

    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, CancellationToken cancel, bool head = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel);
        var stream = client.GetStream();
        // Write and read at once: a server may answer (and close) before it has read all of a long request.
        var writing = Task.Run(async () =>
        {
            try { await stream.WriteAsync(request, cancel); }
            catch (IOException) { }
        }, cancel);
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer, cancel)) > 0) received.Write(buffer, 0, n);
        }
        catch (IOException) when (received.Length > 0) { } // reset after the answer: keep what came
        await writing;
        return Parse(received.ToArray(), head);
    }

    public static RawResponse Parse(byte[] data, bool head = false)
    {
        var end = IndexOf(data, "\r\n\r\n"u8, 0);
        if (end < 0) throw new InvalidDataException($"No complete HTTP head in {data.Length} bytes: {Encoding.Latin1.GetString(data)}");
        var lines = Encoding.Latin1.GetString(data, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => KeyValuePair.Create(p[0].Trim(), p[1].Trim())).ToList();
        var rest = data[(end + 4)..];
        string? Get(string name) => headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

        if (head || status is 204 or 304) return new RawResponse(status, headers, [], true);
        if (Get("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            var (body, complete) = Dechunk(rest);
            return new RawResponse(status, headers, body, complete);
        }
        if (Get("Content-Length") is { } length)
        {
            var expected = int.Parse(length, CultureInfo.InvariantCulture);
            return new RawResponse(status, headers, rest[..Math.Min(expected, rest.Length)], rest.Length >= expected);
        }
        return new RawResponse(status, headers, rest, true);
    }

    static (byte[] Body, bool Complete) Dechunk(byte[] data)
    {
        using var body = new MemoryStream();
        var at = 0;
        while (true)
        {
            var lineEnd = IndexOf(data, "\r\n"u8, at);
            if (lineEnd < 0) return (body.ToArray(), false);
            var size = Convert.ToInt32(Encoding.Latin1.GetString(data, at, lineEnd - at).Split(';')[0].Trim(), 16);
            at = lineEnd + 2;
            if (size == 0) return (body.ToArray(), true);
            if (at + size > data.Length) { body.Write(data, at, data.Length - at); return (body.ToArray(), false); }
            body.Write(data, at, size);
            at += size + 2;
        }
    }

    static int IndexOf(byte[] data, ReadOnlySpan<byte> what, int from)
    {
        var i = data.AsSpan(from).IndexOf(what);
        return i < 0 ? -1 : i + from;
    }
}
