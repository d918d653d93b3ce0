namespace AutoMeet.Google.Tests.Fakes;

/// <summary>A person in the fake address book; <paramref name="Other"/> puts it in "other contacts" (no organisation there).</summary>
public sealed record FakeContact(string Email, string GivenName, string FamilyName, string? Organization = null, string? Title = null, bool Other = false);
