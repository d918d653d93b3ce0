namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);
