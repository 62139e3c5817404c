using InventoryAdmin.Domain.Services.Redistribution;

namespace InventoryAdmin.Jobs;

/// <summary>
/// Runs redistribution jobs one after another, a batch of whole records at a time. At start it first resumes a job a
/// restart interrupted. Stopping the app leaves a running job running (it resumes at the next start); only a cancel
/// request cancels it.
/// </summary>
internal sealed class RedistributionWorker(RedistributionRunner runner, RedistributionSignal signal, ILogger<RedistributionWorker> log) : BackgroundService
{
    private static readonly TimeSpan LookAgain = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await runner.NextJobAsync(stoppingToken) is { } jobId) await RunAsync(jobId, stoppingToken);
                else await signal.WaitAsync(LookAgain, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Redistribution loop failed; looking again shortly");
                await Task.Delay(LookAgain, stoppingToken);
            }
        }
    }

    private async Task RunAsync(long jobId, CancellationToken stoppingToken)
    {
        log.LogInformation("Redistribution job {JobId} running", jobId);
        try
        {
            while (await runner.RunBatchAsync(jobId, stoppingToken))
            {
            }

            log.LogInformation("Redistribution job {JobId} finished", jobId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            log.LogError(e, "Redistribution job {JobId} failed", jobId);
            await runner.FailAsync(jobId, e.Message, CancellationToken.None);
        }
    }
}
