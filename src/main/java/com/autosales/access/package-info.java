/** Access (权限): users, roles and permissions, data scope, login, API tokens and the security setup. */
package com.autosales.access;
