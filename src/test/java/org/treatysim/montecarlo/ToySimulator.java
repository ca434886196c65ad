package org.treatysim.montecarlo;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.spec.Scenario;

/**
 * A small but genuine stand-in for the model: run i's milestones are drawn from a
 * MersenneTwisterFast seeded from (scenario seed, i) alone, so it has the contract of the real
 * {@code Simulation} (results depend on the run index only, instances are reused across runs)
 * without its mechanics. The text is agreed with probability {@code pText} on a uniform day;
 * initialing follows 14–120 days later; half the runs need a referendum 120–540 days after
 * initialing that passes with probability 1/2 (a failure collapses the talks with probability
 * 0.2); signature follows 7–60 days after initialing or the passed vote; any milestone past the
 * horizon is not reached.
 */
public final class ToySimulator implements RunSimulator {
    /** Dotted paths of the two "sampled parameters" the toy reports. */
    public static final List<String> PARAMETERS = List.of("parties.ARM.patienceDays", "parties.AZE.stance");

    private final Scenario scenario;
    private final double pText;
    private final int spinDraws;
    private final long horizonDays;
    /** Reused across runs, as the real model may reuse its SimState; reseeded every run. */
    private final MersenneTwisterFast random = new MersenneTwisterFast(0);
    private final int[] seedWords = new int[2];

    /** A toy with P(text) = 0.6 and no busy work. */
    public ToySimulator(Scenario scenario) {
        this(scenario, 0.6, 0);
    }

    /**
     * @param scenario  supplies dates, seed, issues and parties
     * @param pText     probability that the text is ever agreed (before the horizon cut)
     * @param spinDraws extra random draws per run, to make a run take longer
     */
    public ToySimulator(Scenario scenario, double pText, int spinDraws) {
        this.scenario = scenario;
        this.pText = pText;
        this.spinDraws = spinDraws;
        this.horizonDays = ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
    }

    /** SplitMix64's finaliser (Steele, Lea & Flood 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The 64-bit seed of run i: a SplitMix64 step from the scenario seed, i + 1 increments on. */
    public static long runSeed(long scenarioSeed, int run) {
        return mix64(scenarioSeed + 0x9e3779b97f4a7c15L * (run + 1L));
    }

    @Override
    public RunResult run(int runIndex) {
        long seed = runSeed(scenario.seed(), runIndex);
        seedWords[0] = (int) (seed >>> 32);
        seedWords[1] = (int) seed;
        random.setSeed(seedWords);
        double spin = 0;
        for (int k = 0; k < spinDraws; k++) spin += random.nextDouble();
        double[] parameters = {180 + 550 * random.nextDouble(), 0.2 + 0.6 * random.nextDouble()};
        if (spin < 0) throw new IllegalStateException("a uniform draw is never negative");

        long text = random.nextDouble() < pText ? 1 + random.nextInt((int) horizonDays) : Long.MAX_VALUE / 4;
        long initialed = text + 14 + random.nextInt(107);
        boolean needsVote = random.nextBoolean();
        long referendum = needsVote ? initialed + 120 + random.nextInt(421) : Long.MAX_VALUE / 4;
        Boolean passed = needsVote ? random.nextBoolean() : null;
        boolean collapseOnFail = random.nextDouble() < 0.2;
        long signed = !needsVote ? initialed + 7 + random.nextInt(54)
                : passed ? referendum + 7 + random.nextInt(54) : Long.MAX_VALUE / 4;
        long collapsed = needsVote && !passed && collapseOnFail ? referendum : Long.MAX_VALUE / 4;
        int clashes = random.nextInt(3);

        LocalDate textDate = date(text);
        LocalDate signedDate = date(signed);
        LocalDate collapsedDate = date(collapsed);
        LocalDate referendumDate = date(referendum);
        Outcome outcome = signedDate != null ? Outcome.SIGNED : collapsedDate != null ? Outcome.COLLAPSED : Outcome.STALLED;
        double[] agreed = new double[scenario.issues().size()];
        Arrays.fill(agreed, Double.NaN);
        if (textDate != null) {
            for (int i = 0; i < agreed.length; i++) agreed[i] = random.nextDouble();
        }
        double[] concessions = new double[scenario.parties().size()];
        for (int p = 0; p < concessions.length; p++) concessions[p] = random.nextDouble();
        return new RunResult(runIndex, seed, outcome, textDate, date(initialed), referendumDate,
                referendumDate == null ? null : passed, signedDate, collapsedDate, clashes, 0, agreed, concessions,
                parameters);
    }

    private LocalDate date(long day) {
        return day <= horizonDays ? scenario.start().plusDays(day) : null;
    }

    @Override
    public List<String> sampledParameterPaths() {
        return PARAMETERS;
    }
}
