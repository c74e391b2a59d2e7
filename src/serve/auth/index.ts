/** Server mode's accounts at the HTTP edge: the gate, the route table, login/logout/me and user management. */
export { LAPTOP_MODE, serverMode, type AuthConfig, type RequestAccount } from './auth-config.js';
export { authMiddleware, isCrossSite } from './auth-middleware.js';
export { registerAuthRoutes } from './auth-routes.js';
export { isLoopbackHost } from './loopback-host.js';
export { LoginLimiter, LOGIN_LIMITS, type LoginLimits } from './login-limiter.js';
export { requiredAccess, ROUTE_PERMISSIONS, type Access } from './route-permissions.js';
export { registerUsersRoutes } from './users-routes.js';
