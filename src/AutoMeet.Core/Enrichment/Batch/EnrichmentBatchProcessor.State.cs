using System.Collections.Concurrent;
using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Batch;

/// <summary>The shared state of one run: which rows are done, the counters and the checkpoint.</summary>
internal sealed partial class EnrichmentBatchProcessor
{
    private sealed class BatchState : IDisposable
    {
        private readonly string _batchId;
        private readonly IReadOnlyList<Prospect> _rows;
        private readonly bool[] _done;
        private readonly ConcurrentBag<ProspectEnrichment> _finished = [];
        private readonly SemaphoreSlim _saveGate = new(1, 1);
        private readonly Lock _gate = new();
        private int _succeeded;
        private int _failed;
        private int _recorded;

        public BatchState(string batchId, IReadOnlyList<Prospect> rows, EnrichmentCheckpoint? checkpoint)
        {
            _batchId = batchId;
            _rows = rows;
            _done = new bool[rows.Count];
            if (checkpoint is not null)
            {
                var ids = checkpoint.CompletedIds.ToHashSet();
                for (var i = 0; i < rows.Count; i++)
                {
                    _done[i] = i < checkpoint.CompletedThrough || ids.Contains(rows[i].Id);
                }
            }

            Skipped = _done.Count(d => d);
        }

        public int Skipped { get; }

        public int Succeeded => Volatile.Read(ref _succeeded);

        public int Failed => Volatile.Read(ref _failed);

        public EnrichmentProgress Progress => new(_rows.Count, Skipped + Succeeded + Failed, Failed, Skipped);

        public List<int> Pending() => Enumerable.Range(0, _rows.Count).Where(i => !_done[i]).ToList();

        public IReadOnlyList<ProspectEnrichment> Rows() => [.. _finished.OrderBy(r => r.Position)];

        /// <summary>Records a finished row and returns how many rows this run has recorded.</summary>
        public int Record(ProspectEnrichment row)
        {
            _finished.Add(row);
            lock (_gate)
            {
                if (row.Succeeded)
                {
                    _done[row.Position] = true;
                    _succeeded++;
                }
                else
                {
                    _failed++;
                }

                return ++_recorded;
            }
        }

        public async ValueTask SaveAsync(IEnrichmentCheckpointStore store, CancellationToken cancellationToken)
        {
            await _saveGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await store.SaveAsync(Snapshot(), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _saveGate.Release();
            }
        }

        public void Dispose() => _saveGate.Dispose();

        private EnrichmentCheckpoint Snapshot()
        {
            lock (_gate)
            {
                var through = Array.IndexOf(_done, false);
                if (through < 0)
                {
                    through = _done.Length;
                }

                var ids = new List<Id<Prospect>>();
                for (var i = through + 1; i < _done.Length; i++)
                {
                    if (_done[i])
                    {
                        ids.Add(_rows[i].Id);
                    }
                }

                return new EnrichmentCheckpoint { BatchId = _batchId, CompletedThrough = through, CompletedIds = ids };
            }
        }
    }
}
