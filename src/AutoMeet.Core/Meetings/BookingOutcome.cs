namespace AutoMeet.Meetings;

/// <summary>Represents what <see cref="IMeetingBooker.BookAsync"/> did.</summary>
public enum BookingOutcome
{
    /// <summary>The slot passed the re-check; the event was created and the meeting is scheduled.</summary>
    Booked = 0,

    /// <summary>The meeting was already booked; nothing changed.</summary>
    AlreadyBooked = 1,

    /// <summary>The slot is no longer bookable (taken in the calendar, held or booked by another meeting, out of the rules): nothing was booked, and the prospect is offered alternatives.</summary>
    SlotTaken = 2,

    /// <summary>The slot is no longer bookable and there is no alternative to offer: the meeting was declined and the owner told.</summary>
    NoAlternatives = 3,

    /// <summary>The meeting is not waiting to be booked (for example it was declined or cancelled); nothing changed.</summary>
    NotBookable = 4,

    /// <summary>There is no such meeting.</summary>
    NotFound = 5,
}
