namespace AutoMeet.Compliance;

/// <summary>Represents the outcome of verifying an owner's audit chain.</summary>
/// <param name="Fault">Why the chain is broken, or <see cref="AuditChainFault.None"/>.</param>
/// <param name="EntryCount">How many entries were verified as intact (before the break, if any).</param>
/// <param name="BrokenSequence">The first sequence that fails verification, or <see langword="null"/> when intact.</param>
/// <param name="Reason">A human-readable explanation of the break, or <see langword="null"/> when intact.</param>
public sealed record AuditChainVerification(AuditChainFault Fault, long EntryCount, long? BrokenSequence, string? Reason)
{
    /// <summary>Gets a value indicating whether the whole chain verified.</summary>
    public bool IsIntact => Fault == AuditChainFault.None;

    /// <summary>Creates an intact result.</summary>
    /// <param name="entryCount">The number of entries verified.</param>
    /// <returns>The result.</returns>
    public static AuditChainVerification Intact(long entryCount) => new(AuditChainFault.None, entryCount, null, null);

    /// <summary>Creates a broken result.</summary>
    /// <param name="fault">Why it is broken.</param>
    /// <param name="verified">How many entries verified before the break.</param>
    /// <param name="sequence">The first broken sequence.</param>
    /// <param name="reason">The explanation.</param>
    /// <returns>The result.</returns>
    public static AuditChainVerification Broken(AuditChainFault fault, long verified, long sequence, string reason) => new(fault, verified, sequence, reason);
}
