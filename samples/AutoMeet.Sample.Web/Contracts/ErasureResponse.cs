using AutoMeet.Privacy;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The answer of <c>POST /api/privacy/erase</c>: the outcome, the hash kept in the suppression list, and what was removed.</summary>
/// <param name="Status">Erased or AlreadyErased.</param>
/// <param name="AddressHash">The one-way hash kept so the person is never contacted again.</param>
/// <param name="Removed">How many records of each kind were removed.</param>
public sealed record ErasureResponse(PersonErasureStatus Status, string AddressHash, IReadOnlyDictionary<string, int> Removed);
