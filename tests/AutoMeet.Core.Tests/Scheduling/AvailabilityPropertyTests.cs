using AutoMeet.Scheduling;
using CsCheck;
using NodaTime;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class AvailabilityPropertyTests
{
    private const long Iterations = 300;
    private static readonly AvailabilityEngine Engine = new();

    [Fact]
    public void GetSlots_RandomQuestions_NoSlotOverlapsBusyTimeWidenedByBuffers()
    {
        ScenarioGen.Request(3).Sample(request =>
        {
            var m = request.Meeting;
            foreach (var slot in Engine.GetSlots(request).Slots)
            {
                foreach (var p in request.Participants)
                {
                    foreach (var b in p.Busy.Span)
                    {
                        var widened = new Interval(b.Start - m.BufferAfter, b.End + m.BufferBefore);
                        var overlaps = b.End > b.Start && slot.Start < widened.End && slot.End > widened.Start;
                        Assert.False(m.Blocks(b.Status) && overlaps, $"slot {slot.Start} overlaps busy {b} widened by buffers");
                    }
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_RandomQuestions_EverySlotLiesInsideWorkingHoursOnTheHostGrid()
    {
        ScenarioGen.Request().Sample(request =>
        {
            var host = request.Participants[0].Schedule;
            foreach (var slot in Engine.GetSlots(request).Slots)
            {
                Assert.True(ReferenceSlots.OnGrid(host, slot.Start, request.Meeting.Duration, request.Meeting.SlotInterval), $"{slot.Start} is not a working-range start plus a multiple of the interval in {host.Zone.Id}");
                Assert.Equal(request.Meeting.Duration, slot.End - slot.Start);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_RandomQuestions_MinimumNoticeWindowAndHorizonHold()
    {
        ScenarioGen.Request().Sample(request =>
        {
            var horizon = ReferenceSlots.HorizonEnd(request);
            foreach (var slot in Engine.GetSlots(request).Slots)
            {
                Assert.True(slot.Start >= request.Now + request.Meeting.MinimumNotice, $"{slot.Start} is under the minimum notice");
                Assert.True(slot.Start >= request.Window.Start && slot.End <= request.Window.End, $"{slot.Start} is outside the window");
                Assert.True(slot.Start < horizon, $"{slot.Start} is past the horizon {horizon}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_CollectiveRandomQuestions_EverySlotIsFreeForEveryParticipant()
    {
        ScenarioGen.Request(3).Sample(request =>
        {
            var slots = Engine.GetSlots(request).Slots;
            var hostOnly = Engine.GetSlots(request with { Participants = [request.Participants[0]] }).Slots.Select(s => s.Start).ToHashSet();
            foreach (var slot in slots)
            {
                Assert.Contains(slot.Start, hostOnly);
                for (var i = 0; i < request.Participants.Count; i++)
                {
                    var p = request.Participants[i];
                    Assert.True(slot.Includes(i));
                    Assert.True(ReferenceSlots.InsideWorkingTime(p.Schedule, slot.Start, request.Meeting.Duration), $"participant {i} does not work at {slot.Start}");
                    Assert.True(ReferenceSlots.FreeOfBusy(p, request.Meeting, slot.Start), $"participant {i} is busy at {slot.Start}");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_BusyIntervalsInAnotherOrder_GivesTheSameSlots()
    {
        Gen.Select(ScenarioGen.Request(2), Gen.Int).Sample((request, seed) =>
        {
            var shuffled = ScenarioGen.WithParticipants(request, p =>
            {
                var busy = p.Busy.ToArray();
                new Random(seed).Shuffle(busy);
                return p with { Busy = busy };
            });

            Assert.Equal(Engine.GetSlots(request).Slots, Engine.GetSlots(shuffled).Slots);
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_RandomQuestions_EqualsTheNaiveReadingOfTheSemantics()
    {
        ScenarioGen.Request(2).Sample(request =>
        {
            var expected = ReferenceSlots.Compute(request);
            var actual = Engine.GetSlots(request).Slots.Select(s => s.Start).ToList();
            Assert.Equal(expected, actual);
        }, iter: Iterations);
    }

    [Fact]
    public void Explain_RandomCandidates_AgreesWithGetSlots()
    {
        Gen.Select(ScenarioGen.Request(2), Gen.Int[0, 14 * 96]).Sample((request, quarter) =>
        {
            var slots = Engine.GetSlots(request).Slots.Select(s => s.Start).ToHashSet();
            var probe = request.Window.Start + Duration.FromMinutes(quarter * 15);
            var candidates = slots.Take(3).Append(probe);
            foreach (var start in candidates)
            {
                var explanation = Engine.Explain(request, start);
                Assert.True(slots.Contains(start) == explanation.IsBookable, $"{start}: in slots {slots.Contains(start)}, explained {string.Join("; ", explanation.Blockers.Select(b => b.Detail))}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void GetSlots_RoundRobinRandomQuestions_IsTheUnionOfEachParticipantsSlotsWithWho()
    {
        ScenarioGen.Request(3).Sample(request =>
        {
            var rr = Engine.GetSlots(request with { Mode = ParticipationMode.RoundRobin }).Slots;
            var each = request.Participants.Select(p => Engine.GetSlots(request with { Participants = [p] }).Slots.Select(s => s.Start).ToHashSet()).ToList();
            var union = each.SelectMany(s => s).Distinct().Order().ToList();
            Assert.Equal(union, rr.Select(s => s.Start));
            foreach (var slot in rr)
            {
                for (var i = 0; i < each.Count; i++)
                {
                    Assert.Equal(each[i].Contains(slot.Start), slot.Includes(i));
                }
            }
        }, iter: Iterations);
    }
}
