package org.staffcast.solver.solve;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;

/**
 * Keeps the small, fitting changes of a working day's shift: same template, start moved by at most
 * {@value #MAX_SHIFT_MINUTES} minutes and/or another length. These tune a roster locally (start earlier for the
 * morning peak, stay longer for the evening) where a random change of shift mostly jumps far away.
 */
public final class NearbyShiftFilter implements SelectionFilter<Roster, SelectorBasedChangeMove<Roster>> {

    static final int MAX_SHIFT_MINUTES = 60;

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, SelectorBasedChangeMove<Roster> move) {
        Shift from = ((AgentDay) move.getEntity()).getShift();
        Object to = move.getToPlanningValue();
        if (from == null || !(to instanceof Shift s) || s == from) {
            return false;
        }
        return s.template() == from.template()
                && Math.abs(s.startMinute() - from.startMinute()) <= MAX_SHIFT_MINUTES;
    }
}
