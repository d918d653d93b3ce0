using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Web.Http;

/// <summary>
/// Reads a JSON request body by hand, so that every failure (wrong media type, too large, not JSON, a value of the
/// wrong type) is a problem response naming the issue, rather than the framework's empty 400.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType, "application/json"));
        }

        if (request.ContentLength > RequestLimits.MaxJsonBodyBytes)
        {
            return (null, Problems.TooLarge(RequestLimits.MaxJsonBodyBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > RequestLimits.MaxJsonBodyBytes)
            {
                return (null, Problems.TooLarge(RequestLimits.MaxJsonBodyBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Field("body", "A JSON object is required."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
            return value is null
                ? (null, Problems.Field("body", "A JSON object is required, not null."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            // A value of the wrong type names its property; broken JSON (bad syntax, truncated) names the body.
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            var wrongType = ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
            var field = !wrongType || ex.Path is null or "$" ? "body" : ex.Path.TrimStart('$', '.');
            var message = wrongType
                ? $"The value of '{field}' has the wrong JSON type or format{where}."
                : $"The request body is not valid JSON{where}: {FirstSentence(ex.Message)}";
            return (null, Problems.Field(field, message));
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
