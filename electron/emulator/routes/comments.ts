import { userLocation } from '../http/auth';
import { ok } from '../http/envelope';
import { badRequest, FieldCollector } from '../http/errors';
import { asInt, pageOf, paging, query, queryInt, readBody } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { Comment, Location } from '../store/types';
import { formatDatetime, isDate, msToLocal } from '../time';
import { memberOf } from './staff';

function commentToWire(comment: Comment, location: Location) {
  return {
    id: comment.id,
    salon_id: comment.locationId,
    type: comment.type,
    master_id: comment.masterId,
    text: comment.text,
    date: formatDatetime(comment.dateMs, location.timezone),
    rating: comment.rating,
    user_id: comment.userId,
    user_name: comment.userName,
    user_avatar: '',
    record_id: comment.recordId,
  };
}

export function registerCommentRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/comments/:loc', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const start = query(c, 'start_date');
    const end = query(c, 'end_date');
    if ((start && !isDate(start)) || (end && !isDate(end)))
      throw badRequest({ start_date: ['Dates must be YYYY-MM-DD'] });
    const staffId = queryInt(c, 'staff_id', 'team_member_id', 'master_id');
    const rating = queryInt(c, 'rating');
    const { page, count } = paging(c, 50);
    const comments = [...state.store.comments.values()]
      .filter((comment) => {
        const date = msToLocal(comment.dateMs, location.timezone).slice(0, 10);
        return (
          comment.locationId === location.id &&
          (!start || date >= start) &&
          (!end || date <= end) &&
          (staffId === undefined || comment.masterId === staffId) &&
          (rating === undefined || comment.rating === rating)
        );
      })
      .sort((a, b) => b.dateMs - a.dateMs || b.id - a.id);
    return ok(
      c,
      pageOf(comments, page, count).map((comment) => commentToWire(comment, location)),
    );
  });

  app.post('/comments/:loc/:staffId', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const staffId = asInt(c.req.param('staffId')) ?? 0;
    const member = staffId === 0 ? null : memberOf(state, location.id, staffId);
    const body = await readBody(c);
    const errors = new FieldCollector();
    const mark = asInt(body.mark);
    if (mark === undefined || mark < 1 || mark > 5) errors.add('mark', 'The mark must be between 1 and 5.');
    if (typeof body.text !== 'string' || !body.text.trim()) errors.add('text', 'The text field is required.');
    if (typeof body.name !== 'string' || !body.name.trim()) errors.add('name', 'The name field is required.');
    errors.throwIfAny();
    const comment: Comment = {
      id: state.store.nextId('comment'),
      locationId: location.id,
      type: member ? 1 : 0,
      masterId: member?.id ?? 0,
      text: String(body.text).trim(),
      dateMs: state.clock.nowMs(),
      rating: mark ?? 5,
      userId: c.get('auth').user?.id ?? 0,
      userName: String(body.name).trim(),
      recordId: 0,
    };
    state.store.comments.set(comment.id, comment);
    if (member) member.commentsCount += 1;
    return ok(c, commentToWire(comment, location), 201);
  });
}
