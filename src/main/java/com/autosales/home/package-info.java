/** The workbench (工作台): the home page each user lands on after login. */
package com.autosales.home;
