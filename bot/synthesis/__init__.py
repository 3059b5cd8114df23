"""On-the-spot synthesis of participants' answers (issue 18): themes, oppositions,
objectives × needs."""
