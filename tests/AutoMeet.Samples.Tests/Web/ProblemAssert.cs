using System.Net;
using System.Text.Json;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>Asserts RFC 7807 problem responses.</summary>
internal static class ProblemAssert
{
    /// <summary>Asserts a problem+json response with the status; returns its JSON.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    /// <summary>Asserts a 400 validation problem with an error for <paramref name="field"/>; returns that field's first message.</summary>
    public static async Task<string> IsValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var json = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = json.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return messages[0].GetString()!;
    }
}
