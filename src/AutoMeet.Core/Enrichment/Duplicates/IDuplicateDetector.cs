using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Duplicates;

/// <summary>
/// Finds prospects that are the same person and suggests merges (suggestions only: nothing is changed).
/// <para/>
/// Two records are linked when (1) their addresses are equal ignoring case; (2) their canonical mailboxes are equal
/// (<see cref="CanonicalEmail"/>); or (3) both have a first and last name whose similarity is at least
/// <see cref="DuplicateDetectionOptions.NameSimilarityThreshold"/> — the smaller of the Jaro-Winkler similarities of
/// the folded first names and of the folded last names (or of the swapped pairs, if larger) — and the same company: company match keys whose word overlap
/// (Jaccard) is at least <see cref="DuplicateDetectionOptions.CompanySimilarityThreshold"/>, or the same non-free
/// e-mail domain. Name comparisons only run within blocks sharing the first company word or the e-mail domain.
/// Links are grouped transitively; each group of two or more becomes one <see cref="MergeSuggestion"/>.
/// </summary>
/// <remarks>Registered as a singleton; pure and safe to call concurrently.</remarks>
public interface IDuplicateDetector
{
    /// <summary>Returns the address as a mailbox key: lower case; for gmail.com/googlemail.com without dots or <c>+tag</c> and on gmail.com; for providers with sub-addressing without <c>+tag</c>.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The key, or the trimmed lower-case input when it is not a valid address.</returns>
    string CanonicalEmail(string email);

    /// <summary>Finds duplicate groups among <paramref name="prospects"/>.</summary>
    /// <param name="prospects">The prospects of one owner.</param>
    /// <param name="historyCounts">How much history each prospect has (enrollments, messages, meetings…); missing ids count 0.</param>
    /// <returns>One suggestion per group, in the order of their kept record's creation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prospects"/> is <see langword="null"/>.</exception>
    IReadOnlyList<MergeSuggestion> FindDuplicates(IReadOnlyList<Prospect> prospects, IReadOnlyDictionary<Id<Prospect>, int>? historyCounts = null);
}
