namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/privacy/erase</c>.</summary>
/// <param name="Email">The person's e-mail address.</param>
public sealed record EraseRequest(string? Email);
