namespace AutoMeet.Prospects;

/// <summary>Represents why a whole file was rejected (nothing of it may be imported).</summary>
/// <param name="Line">The physical line the problem is on (the header is line 1), or <see langword="null"/> when it concerns the whole file.</param>
/// <param name="Message">What is wrong, naming the line or the missing columns.</param>
public sealed record ProspectImportFileError(int? Line, string Message);
