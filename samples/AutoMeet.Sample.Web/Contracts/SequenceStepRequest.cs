namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One step of a <see cref="CreateSequenceRequest"/>.</summary>
/// <param name="Kind"><c>NewThreadEmail</c>, <c>FollowUpEmail</c>, <c>Wait</c> or <c>Condition</c>.</param>
/// <param name="Delay">How long after the previous step (0 for the first).</param>
/// <param name="DelayUnit"><c>BusinessDays</c> (default) or <c>Hours</c>.</param>
/// <param name="Subject">The Liquid subject template (new-thread e-mail steps).</param>
/// <param name="Body">The Liquid body template (e-mail steps).</param>
/// <param name="Condition">For <c>Condition</c> steps and conditional e-mails: <c>None</c>, <c>Replied</c>, <c>NotReplied</c>, <c>Opened</c>, <c>NotOpened</c>, <c>Clicked</c>, <c>NotClicked</c>.</param>
internal sealed record SequenceStepRequest(string? Kind, int Delay, string? DelayUnit, string? Subject, string? Body, string? Condition);
