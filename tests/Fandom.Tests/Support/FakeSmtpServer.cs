using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Fandom.Tests.Support;

/// <summary>Just enough of an SMTP server on a loopback port to receive what the app sends, and keep it.</summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();

    public FakeSmtpServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Each message as received: recipients and the raw DATA section.</summary>
    public ConcurrentQueue<(string To, string Data)> Messages { get; } = new();

    private readonly SemaphoreSlim received = new(0);

    /// <summary>
    /// The next message not yet taken, waiting for it: the app sends mail off the request path, so it arrives
    /// shortly after the page answered. Messages are taken in the order they arrived.
    /// </summary>
    public async Task<(string To, MimeKit.MimeMessage Message)> NextAsync()
    {
        Assert.True(await received.WaitAsync(TimeSpan.FromSeconds(30)), "No mail arrived within 30 seconds.");
        Assert.True(Messages.TryDequeue(out var mail));
        return (mail.To, MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data))));
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            await writer.WriteLineAsync("220 localhost ready");
            var to = "";
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "RCPT") to = line[(line.IndexOf(':') + 1)..].Trim(' ', '<', '>');
                if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
                if (verb != "DATA") { await writer.WriteLineAsync("250 OK"); continue; }
                await writer.WriteLineAsync("354 go ahead");
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(stop.Token) is { } body && body != ".") data.AppendLine(body);
                Messages.Enqueue((to, data.ToString()));
                received.Release();
                await writer.WriteLineAsync("250 queued");
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
