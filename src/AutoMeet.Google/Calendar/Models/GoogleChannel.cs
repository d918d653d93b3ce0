using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>A push notification channel (discovery schema <c>Channel</c>).</summary>
internal sealed class GoogleChannel
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("address")]
    public string? Address { get; set; }

    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("expiration")]
    public string? Expiration { get; set; }

    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }

    [JsonPropertyName("resourceUri")]
    public string? ResourceUri { get; set; }
}
