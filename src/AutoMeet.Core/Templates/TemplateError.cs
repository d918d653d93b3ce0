namespace AutoMeet.Templates;

/// <summary>Represents why a template does not compile, with the position of the problem.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">The one-based line of the problem, or 0 when unknown.</param>
/// <param name="Column">The one-based column of the problem, or 0 when unknown.</param>
public sealed record TemplateError(string Message, int Line, int Column);
