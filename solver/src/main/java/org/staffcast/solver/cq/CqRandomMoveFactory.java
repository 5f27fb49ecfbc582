package org.staffcast.solver.cq;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

/**
 * Base of the CQ move factories that only select at random: the roster as an employee × day grid of assignments
 * (rebuilt when the working solution is another object) and an endless iterator over {@link #pick} until it finds
 * no move.
 */
abstract class CqRandomMoveFactory<M extends Move<CqSchedule>>
        implements MoveIteratorFactory<CqSchedule, M> {

    /** Tries per pick before giving up on finding a move that changes something. */
    static final int ATTEMPTS = 200;

    private CqSchedule indexed;
    private CqAssignment[][] grid;

    /** {@code grid[employee][day]}: the assignment of that employee on that day. */
    final CqAssignment[][] grid(CqSchedule solution) {
        if (solution != indexed) {
            CqAssignment[][] g = new CqAssignment[solution.getEmployees().size()][solution.getInstance().horizon()];
            for (CqAssignment a : solution.getAssignments()) {
                g[a.getEmployeeIndex()][a.getDay()] = a;
            }
            grid = g;
            indexed = solution;
        }
        return grid;
    }

    /** A random move on the grid, or null when none was found in {@link #ATTEMPTS} tries. */
    abstract M pick(CqAssignment[][] g, RandomGenerator random);

    @Override
    public final Iterator<M> createOriginalMoveIterator(ScoreDirector<CqSchedule> scoreDirector) {
        throw new UnsupportedOperationException("only random selection is supported");
    }

    @Override
    public final Iterator<M> createRandomMoveIterator(ScoreDirector<CqSchedule> scoreDirector, RandomGenerator random) {
        CqAssignment[][] g = grid(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            private M next = pick(g, random);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public M next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                M move = next;
                next = pick(g, random);
                return move;
            }
        };
    }
}
