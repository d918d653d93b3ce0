namespace AutoMeet.Google.Tests.Fakes;

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Operation, string Method, string Path, IReadOnlyDictionary<string, string[]> Query, string? Authorization, string Body);
