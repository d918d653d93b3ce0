namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/sequences</c>.</summary>
/// <param name="Name">The sequence's name (required).</param>
/// <param name="StopOnCompanyReply">Whether a reply from anyone at the prospect's company stops the sequence.</param>
/// <param name="StopOnClick">Whether a click stops the sequence.</param>
/// <param name="Steps">The steps in order (1 to <see cref="Endpoints.SequenceEndpoints.MaxSteps"/>).</param>
internal sealed record CreateSequenceRequest(string? Name, bool StopOnCompanyReply, bool StopOnClick, IReadOnlyList<SequenceStepRequest?>? Steps);
