using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <content>The simulated mailboxes and the per-day log.</content>
internal sealed partial class DryRunSimulation
{
    private sealed class SimMailbox(DryRunMailbox definition)
    {
        private readonly List<(Instant At, bool Bounced, bool Complained)> _history = [];
        private readonly List<Instant> _today = [];
        private readonly Dictionary<string, int> _domains = new(StringComparer.OrdinalIgnoreCase);
        private Instant? _lastBeforeToday;
        private Instant? _countFrom;
        private int _newToday;

        public DryRunMailbox Definition { get; } = definition;

        public Id<MailboxAccount> Id => Definition.Id;

        public Instant? BreakerOpenedAt { get; set; }

        public int SentToday => _today.Count;

        public void StartDay()
        {
            if (_today.Count > 0)
            {
                _lastBeforeToday = _today.Max();
            }

            _today.Clear();
            _domains.Clear();
            _newToday = 0;
        }

        public void Record(Instant at, bool isFollowUp, string? domain, bool bounced, bool complained)
        {
            _today.Add(at);
            _history.Add((at, bounced, complained));
            if (!isFollowUp)
            {
                _newToday++;
            }

            if (!string.IsNullOrEmpty(domain))
            {
                _domains[domain] = _domains.GetValueOrDefault(domain) + 1;
            }
        }

        public MailboxState State(Instant now, Duration window, Duration cooldown, bool manualReset)
        {
            // Cool-down mode: once it has passed, the breaker closes and only sends after the close are judged (as the docs ask of callers).
            if (!manualReset && BreakerOpenedAt is { } opened && now >= opened + cooldown)
            {
                _countFrom = opened + cooldown;
                BreakerOpenedAt = null;
            }

            var from = now - window;
            if (_countFrom is { } closed && closed > from)
            {
                from = closed;
            }

            int sent = 0, bounces = 0, complaints = 0;
            foreach (var (at, bounced, complained) in _history)
            {
                if (at > from && at <= now)
                {
                    sent++;
                    bounces += bounced ? 1 : 0;
                    complaints += complained ? 1 : 0;
                }
            }

            return new MailboxState(
                Id, Definition.Status, Definition.DailySendLimit, Definition.WarmupStartedAt, _today.Count, _newToday, _lastBeforeToday, _today.ToArray(),
                sent, bounces, complaints, BreakerOpenedAt, new Dictionary<string, int>(_domains, StringComparer.OrdinalIgnoreCase));
        }
    }

    private sealed class DayLog(LocalDate date)
    {
        public LocalDate Date { get; } = date;

        public List<DryRunSend> Sends { get; } = [];

        public Dictionary<int, DeferralReason> LastDeferral { get; } = [];

        public List<Id<MailboxAccount>> Tripped { get; } = [];

        public int Completed { get; set; }

        public int Stopped { get; set; }

        public DryRunDay ToDay(SimMailbox[] mailboxes)
        {
            var perMailbox = mailboxes.ToDictionary(m => m.Id, m => m.SentToday);
            var deferred = LastDeferral.Values.GroupBy(r => r).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
            return new DryRunDay(Date, [.. Sends.OrderBy(s => s.SendAt).ThenBy(s => s.EnrollmentIndex)], perMailbox, deferred, Completed, Stopped, [.. Tripped]);
        }
    }
}
