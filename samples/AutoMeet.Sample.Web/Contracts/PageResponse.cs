namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One page of a listing.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Skip, int Take);
