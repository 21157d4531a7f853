//! Dutch number formats: `€ 2.350`, `€ 1,2 mln`, `12,5%`, ranges with an en dash.
