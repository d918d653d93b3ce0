using AutoMeet.Prospects;

namespace AutoMeet.Sending.Preview;

/// <summary>Represents the pre-launch check of one e-mail step's templates against the campaign's prospects.</summary>
/// <param name="StepPosition">The step.</param>
/// <param name="Error">A template that does not parse (with line and column), otherwise <see langword="null"/>.</param>
/// <param name="Variables">The variables the step's templates use (paths such as <c>prospect.first_name</c>); required ones have no <c>default</c>.</param>
/// <param name="ProspectsMissing">Each enrolled prospect that lacks a required variable, with the variables it lacks.</param>
public sealed record StepTemplateCheck(int StepPosition, string? Error, IReadOnlyList<Templates.TemplateVariable> Variables, IReadOnlyList<(Id<Prospect> ProspectId, IReadOnlyList<string> Missing)> ProspectsMissing);
