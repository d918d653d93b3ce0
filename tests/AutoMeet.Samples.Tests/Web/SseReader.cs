namespace AutoMeet.Samples.Tests.Web;

/// <summary>Reads Server-Sent Events messages (blocks of lines ending with a blank line) from a response stream.</summary>
internal sealed class SseReader(Stream stream) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>Reads the next message or comment block.</summary>
    public async Task<SseMessage> ReadAsync(TimeSpan patience)
    {
        string? id = null, data = null, retry = null;
        var comments = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync().WaitAsync(patience)
                ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (id is null && data is null && retry is null && comments.Count == 0)
                {
                    continue;
                }

                return new SseMessage(id, data, retry, comments);
            }

            if (line.StartsWith(':'))
            {
                comments.Add(line[1..].Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
                case "retry": retry = value; break;
            }
        }
    }

    /// <summary>Reads messages until one carries an event (skipping heartbeats).</summary>
    public async Task<SseMessage> ReadEventAsync(TimeSpan patience)
    {
        while (true)
        {
            var message = await ReadAsync(patience);
            if (message.Data is not null)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await stream.DisposeAsync();
    }
}

internal sealed record SseMessage(string? Id, string? Data, string? Retry, IReadOnlyList<string> Comments);
