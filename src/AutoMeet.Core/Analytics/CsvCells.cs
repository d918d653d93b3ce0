using System.Text;

namespace AutoMeet.Analytics;

/// <summary>RFC 4180 cell encoding with spreadsheet formula-injection neutralisation.</summary>
internal static class CsvCells
{
    /// <summary>Encodes one text cell: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c>
    /// so spreadsheets show it as text; a cell holding a comma, quote, CR or LF is quoted, with quotes doubled.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8).Append('"');
        foreach (var ch in value)
        {
            builder.Append(ch == '"' ? "\"\"" : ch.ToString());
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Neutralises a text cell for a writer that quotes by itself (CsvHelper): a cell starting with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c>; nothing else changes.</summary>
    public static string? Neutralize(string? value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>Writes one row with CRLF, as RFC 4180 asks; the cells are already encoded.</summary>
    public static async Task WriteRowAsync(TextWriter writer, IReadOnlyList<string> cells, CancellationToken cancellationToken)
    {
        var line = string.Join(',', cells) + "\r\n";
        await writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
