/** Demo data: a dealer group with a 4S store and a parts distributor, one login per role, customers. Off in production. */
package com.autosales.demo;
