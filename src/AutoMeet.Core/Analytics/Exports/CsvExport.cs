namespace AutoMeet.Analytics.Exports;

/// <summary>
/// A validated CSV export, ready to stream: the question was checked (campaign, prospect, zone) when it was created,
/// so writing it only reads and writes. Written as RFC 4180 UTF-8 without a byte-order mark, page by page from the
/// store, never buffered whole.
/// </summary>
public sealed class CsvExport
{
    /// <summary>The media type of every export.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly Func<Stream, CancellationToken, Task> _write;

    internal CsvExport(string fileName, Func<Stream, CancellationToken, Task> write)
    {
        FileName = fileName;
        _write = write;
    }

    /// <summary>Gets a file name for the download, for example <c>campaign-…-activity.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>Writes the header and every row to a stream (left open), flushing as it goes.</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return _write(destination, cancellationToken);
    }
}
