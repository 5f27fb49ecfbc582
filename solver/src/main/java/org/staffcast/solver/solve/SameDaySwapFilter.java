package org.staffcast.solver.solve;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Roster;

/**
 * Keeps swap moves that exchange the shifts of two agents on the same day, where each agent may work the other's
 * shift: coverage stays the same apart from skills and breaks, while each agent's week changes.
 */
public final class SameDaySwapFilter implements SelectionFilter<Roster, SelectorBasedSwapMove<Roster>> {

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, SelectorBasedSwapMove<Roster> move) {
        AgentDay left = (AgentDay) move.getLeftEntity();
        AgentDay right = (AgentDay) move.getRightEntity();
        return left.getDay() == right.getDay()
                && left.getShift() != right.getShift()
                && left.allows(right.getShift())
                && right.allows(left.getShift());
    }
}
