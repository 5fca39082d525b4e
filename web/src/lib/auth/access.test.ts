import { describe, expect, it } from 'vitest';
import { can, canControlTask, canEditEndpoint, isRole, owns, type SessionUser } from './access';

const user = (role: SessionUser['role'], id = role.toLowerCase()): SessionUser => ({ id, role, email: `${id}@x.test`, name: id });
const admin = user('ADMIN');
const member = user('MEMBER');
const viewer = user('VIEWER');

describe('role capabilities', () => {
  it('lets admins do everything, members evaluate and add endpoints, viewers only read', () => {
    expect(['evaluate', 'addEndpoints', 'administer'].map((c) => can(admin, c as never))).toEqual([true, true, true]);
    expect(['evaluate', 'addEndpoints', 'administer'].map((c) => can(member, c as never))).toEqual([true, true, false]);
    expect(['evaluate', 'addEndpoints', 'administer'].map((c) => can(viewer, c as never))).toEqual([false, false, false]);
    expect(can(null, 'evaluate')).toBe(false);
  });

  it('recognises roles', () => {
    expect(isRole('ADMIN')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('ownership', () => {
  const mine = { owner: { id: 'member' } };
  const theirs = { owner: { id: 'someone-else' } };
  const system = { owner: null };

  it('owns only what names the user as owner', () => {
    expect(owns(member, mine)).toBe(true);
    expect(owns(member, theirs)).toBe(false);
    expect(owns(member, system)).toBe(false);
    expect(owns(null, mine)).toBe(false);
  });

  it('lets the owner or an admin edit an endpoint, never a baseline, never a viewer', () => {
    expect(canEditEndpoint(member, mine)).toBe(true);
    expect(canEditEndpoint(member, theirs)).toBe(false);
    expect(canEditEndpoint(admin, theirs)).toBe(true);
    expect(canEditEndpoint(admin, { ...theirs, isBaseline: true })).toBe(false);
    expect(canEditEndpoint(user('VIEWER', 'member'), mine)).toBe(false);
    expect(canEditEndpoint(undefined, mine)).toBe(false);
  });

  it('lets the owner or an admin control a task', () => {
    expect(canControlTask(member, mine)).toBe(true);
    expect(canControlTask(member, theirs)).toBe(false);
    expect(canControlTask(admin, system)).toBe(true);
    expect(canControlTask(user('VIEWER', 'member'), mine)).toBe(false);
  });
});
