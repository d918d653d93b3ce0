using System.Text;
using System.Text.Json;

namespace AutoMeet.Cli;

/// <summary>Runs a per-line function over JSON Lines: one output line per input line, errors as lines too.</summary>
internal static class JsonLinesCommand
{
    /// <summary>Reads JSON Lines from <paramref name="input"/> and writes one JSON line per non-blank input line.</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="handle">Turns one parsed line into its output object; throws <see cref="LineException"/> naming the problem.</param>
    /// <returns>0 when every line succeeded; 1 when at least one line produced an error line.</returns>
    public static int Run(Stream input, Stream output, Func<JsonElement, object> handle)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var failed = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id = null;
            object result;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new LineException("the line is not a JSON object");
                }

                id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
                result = handle(root);
            }
            catch (Exception ex) when (ex is JsonException or LineException)
            {
                failed = true;
                result = new LineError(id, lineNumber, ex is JsonException ? "the line is not valid JSON" : ex.Message);
            }

            writer.WriteLine(JsonSerializer.Serialize(result, Json.Options));
        }

        writer.Flush();
        return failed ? CliApp.InvalidInput : CliApp.Ok;
    }

    /// <summary>Reads a required string property.</summary>
    /// <param name="root">The line.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The value.</returns>
    public static string Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new LineException($"{name}: is required (a non-empty string)");

    /// <summary>Reads an optional string property.</summary>
    /// <param name="root">The line.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or empty.</returns>
    public static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    /// <summary>The error written for a line that could not be processed.</summary>
    private sealed record LineError(string? Id, int Line, string Error);

    /// <summary>Shared JSON settings: snake_case names, nulls written.</summary>
    internal static class Json
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }
}

/// <summary>A problem with one input line; its message names the field.</summary>
/// <param name="message">What is wrong.</param>
internal sealed class LineException(string message) : Exception(message);
