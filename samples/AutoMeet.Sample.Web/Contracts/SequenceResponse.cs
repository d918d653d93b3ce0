using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A sequence as the API returns it.</summary>
/// <param name="Id">The sequence's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="StopOnCompanyReply">Whether a reply from the prospect's company stops it.</param>
/// <param name="StopOnClick">Whether a click stops it.</param>
/// <param name="Steps">Its steps in order.</param>
/// <param name="CreatedAt">When it was created.</param>
internal sealed record SequenceResponse(Guid Id, string Name, bool StopOnCompanyReply, bool StopOnClick, IReadOnlyList<SequenceStepResponse> Steps, Instant CreatedAt)
{
    /// <summary>Maps a sequence.</summary>
    /// <param name="s">The sequence.</param>
    /// <returns>The response.</returns>
    public static SequenceResponse From(OutreachSequence s) => new(
        s.Id.Value,
        s.Name,
        s.StopOnCompanyReply,
        s.StopOnClick,
        [.. s.Steps.OrderBy(x => x.Position).Select(x => new SequenceStepResponse(x.Position, x.Kind, x.DelayAmount, x.DelayUnit, x.SubjectTemplate, x.BodyTemplate, x.Condition))],
        s.CreatedAt);
}
