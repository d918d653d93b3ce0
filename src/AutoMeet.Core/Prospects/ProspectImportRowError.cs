namespace AutoMeet.Prospects;

/// <summary>Represents one invalid value in one row of an imported file; the row is not imported.</summary>
/// <param name="Line">The physical line of the file where the row starts (the header is line 1).</param>
/// <param name="Field">The field, as named in JSON (camel case), such as <c>email</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ProspectImportRowError(int Line, string Field, string Message);
